import type { CatalogueShape } from './shape.ts';
import type { nl } from './nl.ts';

/**
 * What the content checks tell a contributor, in English: the keys of nl.ts, each text with
 * the same {{placeholders}} (see nl.ts for how the catalogue is laid out).
 */
export const en: CatalogueShape<typeof nl> = {
  problems: {
    'mdx.syntax': {
      expected: 'text that MDX can read: every <Component> closed, and no { or < in plain text',
      found: '{{error}}',
      fix: 'Close the component on this line (<Aside>...</Aside> or <Term id="x">...</Term>), or rewrite a { or < in the text in words.',
    },
    'mdx.too-deep': {
      expected: 'quotes, lists and components nested at most {{max}} levels deep',
      found: '{{depth}} levels',
      fix: 'Flatten the text: fewer quotes (>) or list levels inside each other.',
    },
    'mdx.import-export': {
      expected: 'no import or export lines: the components Aside, Steps, Term and Figure are available without importing',
      found: '"{{line}}"',
      fix: 'Delete this line. Other components and code cannot be used in contributed content.',
    },
    'mdx.expression': {
      expected: 'plain text without {curly braces}: MDX runs what is between them as code',
      found: '{{expression}}',
      fix: 'Remove the braces; write the text itself, or rephrase. A literal brace can be written as \\{.',
    },
    'mdx.expression:spread': {
      expected: 'attributes written as name="value"',
      found: 'a {...} spread',
      fix: 'Write each attribute as name="value".',
    },
    'mdx.expression:attribute': {
      expected: '{{attribute}}="text" in quotes',
      found: '{{attribute}}={...}',
      fix: 'Write {{attribute}}="..." with plain text between double quotes.',
    },
    'mdx.unsafe-element': {
      expected: 'only the components {{components}}',
      found: '{{tag}}',
      fix: 'Remove <{{name}}>: scripts, frames, styles, objects and forms cannot be part of contributed content.',
    },
    'mdx.unknown-component': {
      expected: 'only the components {{components}}',
      found: '{{tag}}',
      fix: 'Use one of the listed components, or write the text in Markdown.',
      fix_suggestion: 'Did you mean <{{suggestion}}>? Use one of the listed components, or write the text in Markdown.',
    },
    'mdx.event-handler': {
      expected: "no on... attributes: they run code in the reader's browser",
      found: '{{attribute}}',
      fix: 'Remove {{attribute}}.',
    },
    'mdx.unknown-attribute': {
      expected: 'only these attributes on <{{name}}>: {{attributes}}',
      expected_none: 'no attributes on <{{name}}>',
      found: '{{attribute}}',
      fix: 'Remove {{attribute}}. <{{name}}> is {{purpose}}.',
    },
    'mdx.attribute-value': {
      expected: 'one of: {{values}}',
      found: '"{{value}}"',
      fix: 'Use {{attribute}}="{{first}}" or another listed value.',
    },
    'mdx.attribute-value:missing': {
      expected: '{{attribute}}="..." with a value',
      found: '{{attribute}} without a value',
      fix: 'Give {{attribute}} a value in double quotes.',
    },
    'mdx.attribute-missing': {
      expected: '<{{name}}> with {{attribute}}="..."',
      found: '<{{name}}> without {{attribute}}',
      fix: 'Add {{attribute}}="...". <{{name}}> is {{purpose}}.',
    },
    'image.alt-missing': {
      expected: 'alt text that says what the image shows, for readers who cannot see it',
      found: 'an image without alt text ({{url}})',
      fix: 'Write ![what the image shows](address), or for a purely decorative image use <Figure src="..." decorative />.',
    },
    'image.alt-missing:figure': {
      expected: 'alt="what the image shows", or decorative for a purely decorative image',
      found: '<Figure> without alt',
      fix: 'Add alt="..." describing the image, or decorative if it adds nothing to the text.',
    },
    'image.missing': {
      expected: 'an image that exists in public/ (the path after public, like /images/photo.jpg)',
      found: '"{{path}}", which is not in public/',
      fix: 'Add the image as public{{path}}, or correct the path.',
    },
    'image.external': {
      expected: 'an image from this site (public/images/...): pages load nothing from other sites',
      found: '"{{url}}"',
      fix: 'Download the image (if its licence allows), add it to public/images/ and write ![...](/images/name.jpg).',
    },
    'link.unsafe-url:local-path': {
      expected: 'a path on this site of letters, digits, -, _ and . between slashes, such as /images/photo.jpg',
      found: '"{{value}}"',
      fix: 'Put the image in public/images/ and write its path, e.g. src="/images/photo.jpg" (no \\, spaces, .. or other sites).',
    },
    'link.malformed:www': {
      expected: 'a complete web address starting with https://',
      found: '"{{url}}"',
      fix: 'Write https://{{url}}.',
    },
    'link.empty-text': {
      expected: 'link text that says where the link goes',
      found: 'a link without text',
      fix: 'Write the destination as the link text, e.g. [the GROZ fieldlabs](https://groz.nl/fieldlabs).',
    },
    'link.vague-text': {
      expected: 'link text that says where the link goes, also when read on its own',
      found: '"{{text}}"',
      fix: 'Replace it with words that name the destination, e.g. "the position paper on the Kennisbank Sociale Innovatie".',
    },
    'heading.empty': {
      expected: 'a heading with text',
      found: 'an empty heading',
      fix: 'Write the heading text after the #-signs, or remove the line.',
    },
    'heading.level': {
      expected: 'section headings starting at ## (the page title is the only level-1 heading)',
      found: '# (level 1)',
      fix: 'Write ## instead of #.',
    },
    'heading.skipped': {
      expected: 'a heading at most one level deeper than the one before ({{next}})',
      found: '{{level}} after {{previous}}',
      fix: 'Write {{next}} here, or add the missing level above it.',
    },

    'link.malformed:spaces': {
      expected: 'a web address starting with https:// and a domain, like https://groz.nl/fieldlabs, without spaces or invisible characters',
      found: '"{{url}}"',
      fix: 'Remove the spaces or invisible characters from the address (write a space as %20).',
    },
    'link.unsafe-url:backslash': {
      expected: 'a web address starting with https:// and a domain, like https://groz.nl/fieldlabs, with forward slashes only',
      found: '"{{url}}"',
      fix: "Replace each \\ with /: browsers read a \\ as the start of another site's address.",
    },
    'link.unsafe-url:no-scheme': {
      expected: 'a web address starting with https:// and a domain, like https://groz.nl/fieldlabs',
      found: '"{{url}}"',
      fix: 'Write the scheme: https:{{url}}.',
    },
    'link.unsafe-url:scheme': {
      expected: 'a web address (https://...), mailto:, or a path on this site (/nl/...)',
      found: '"{{url}}"',
      fix: 'Remove this address: {{scheme}}: addresses are not allowed.',
    },
    'link.malformed:unparsable': {
      expected: 'a complete web address such as https://groz.nl/fieldlabs',
      found: '"{{url}}"',
      fix: 'Correct the address: check for a missing domain ending or a doubled slash.',
    },
    'link.unsafe-url:credentials': {
      expected:
        'a web address starting with https:// and a domain, like https://groz.nl/fieldlabs, without a user name or password before an @',
      found: '"{{url}}"',
      fix: 'Remove everything between "//" and "@": an address like https://www.groz.nl@other.example/ leads to other.example. Use https://{{host}}{{path}}.',
    },
    'link.malformed:domain': {
      expected: 'a complete web address with a domain name, such as https://groz.nl/fieldlabs',
      found: '"{{url}}"',
      fix: 'Correct the domain: check for a missing domain ending (.nl, .com) or a doubled slash.',
    },

    'frontmatter.toml': {
      expected: 'a frontmatter block at the very top: a line ---, the fields, and another line ---',
      found: 'a +++ line (TOML frontmatter)',
      fix: 'Write the fields in YAML between two lines ---, like the other files in this folder.',
    },
    'frontmatter.missing': {
      expected: 'a frontmatter block at the very top: a line ---, the fields, and another line ---',
      found: 'no frontmatter',
      fix: 'Start the file with --- on the first line, then the fields (title, summary, ...), then --- again.',
    },
    'frontmatter.opening': {
      expected: 'a frontmatter block at the very top: a line ---, the fields, and another line ---',
      found: '"{{line}}"',
      fix: 'Put --- alone on the first line and the first field on the line after it.',
    },
    'frontmatter.unclosed': {
      expected: 'a frontmatter block at the very top: a line ---, the fields, and another line ---',
      found: 'an opening --- without a closing ---',
      fix: 'Add a line --- after the last field, before the text of the page.',
    },
    'frontmatter.ambiguous-end': {
      expected: 'no line inside the frontmatter that starts with --- or +++, and a closing line that is --- alone',
      found: '"{{line}}": the build ends the frontmatter at the start of this line and reads the rest as page text',
      fix: 'Put --- alone on the line that ends the frontmatter; a value that starts with --- or +++ must be in double quotes on the line of its field.',
    },
    'frontmatter.ambiguous-end:differs': {
      expected: 'a frontmatter block that the validator and the build read alike',
      found: 'a block the build reads differently from the validator',
      fix: 'Write the frontmatter as --- on the first line, one "field: value" per line, and --- alone on the last line.',
    },

    'file.unreadable': {
      expected: 'a file the build can read',
      expected_folder: 'a folder the build can read',
      found: '{{error}}',
      fix: "Check the file's permissions, or remove it.",
      fix_folder: "Check the folder's permissions, or remove it.",
    },
    'file.unreadable:unexpected': {
      expected: 'a file the validator can read to the end',
      found: 'a structure nested too deeply to read',
      found_error: 'an unexpected error: {{error}}',
      fix: 'Simplify the file (less nesting, shorter values) and compare it with a similar file that validates. If it still fails, report it: it may be a bug in the validator.',
    },
    'file.too-large': {
      expected: 'a file of at most {{max}} KB',
      found: '{{size}} KB',
      fix: 'Split the text over more than one page, or shorten it.',
      fix_yaml: 'Split the file, or remove what does not belong in it.',
    },
    'file.encoding': {
      expected: 'a text file saved as UTF-8',
      found: 'a byte (0x{{byte}}) that is not UTF-8, as written by an editor saving in Latin-1 or Windows-1252',
      fix: 'Open the file in your editor and save it with the encoding "UTF-8" (in VS Code: "Save with Encoding"), then check the accented letters on this line.',
    },
    'file.line-endings': {
      expected: 'lines ending in a line feed (LF, as on Linux and macOS) or CR LF (as on Windows)',
      found: 'a line ending of a carriage return alone (CR, as on classic Mac OS)',
      fix: 'Save the file with "LF" line endings (in VS Code: click "CR" in the status bar and choose "LF").',
    },
    'text.forbidden-character': {
      expected: 'visible text only: no control characters, direction overrides or zero-width characters',
      found: '{{character}}',
      fix: 'Delete the invisible character at this position (retype the word around it if your editor does not show it).',
    },
    'text.invisible': {
      expected: 'text a reader can see',
      found_one: '{{count}} invisible character',
      found_other: '{{count}} invisible characters',
      fix: 'Write the text, or remove the field if it is optional.',
    },

    'yaml.syntax': {
      expected: 'valid YAML: "field: value" lines, lists as "- item" or [a, b]',
      found: '{{error}}',
      fix: 'Check this line for a missing colon, wrong indentation or an unclosed quote or bracket; put text that contains ": " between double quotes.',
    },
    'yaml.syntax:load': {
      expected: 'valid YAML: "field: value" lines, lists as "- item" or [a, b]',
      found: '{{error}}',
      fix: 'Check this line for a field written twice, a missing colon, wrong indentation or an unclosed quote.',
    },
    'yaml.alias': {
      expected: 'every value written out where it is used',
      found: 'an alias "*{{name}}"',
      fix: 'Replace the alias with the value itself (copy it), and remove the &anchor it points to.',
    },
    'yaml.alias:anchor': {
      expected: 'no anchors (&name): every value written out where it is used',
      found: 'an anchor "&{{name}}"',
      fix: 'Remove "&{{name}}" and write the value out wherever it is needed.',
    },
    'yaml.too-deep': {
      expected: 'lists and groups nested at most {{max}} levels deep',
      found: 'deeper nesting',
      fix: 'Flatten the structure: the fields of this kind of file are described in src/kernel/schemas/.',
    },
    'yaml.too-deep:unreadable': {
      expected: 'YAML that nests lists and groups at most {{max}} levels deep',
      found: 'nesting too deep to read',
      found_error: 'YAML that cannot be read ({{error}})',
      fix: 'Flatten the structure: the fields of this kind of file are described in src/kernel/schemas/.',
    },
    'yaml.tag': {
      expected: 'plain values, without a YAML tag',
      found: 'a tag "{{tag}}"',
      fix: 'Remove the tag (the part starting with !); put text in double quotes if it must stay text.',
    },
    'yaml.impossible-date': {
      expected: 'a date that exists, written as YYYY-MM-DD',
      found: '"{{date}}", a day that the calendar does not have',
      fix: 'Correct the day or the month (February has 28 days, 29 in a leap year; April, June, September and November have 30).',
    },
    'yaml.merge-key': {
      expected: 'fields written out, without the merge key <<',
      found: 'a merge key "<<"',
      fix: 'Write the fields themselves instead of merging them in with <<.',
    },

    'schema.required': {
      expected: '{{expected}}',
      found: '{{found}}',
      fix: 'Add the field "{{field}}" to the frontmatter between the --- lines, with {{expected}}.',
      fix_file: 'Add the field "{{field}}" to the file, with {{expected}}.',
    },
    'schema.type': {
      expected: '{{expected}}',
      found: '{{found}}',
      fix: 'Write "{{field}}" as {{expected}}.',
    },
    'schema.type:date': {
      expected: '{{expected}}',
      found: '{{value}}, which YAML reads as a date',
      fix: 'Put the value in double quotes, like {{key}}: "{{value}}", so it stays text.',
    },
    'schema.value': {
      expected: 'one of: {{values}}',
      found: '{{found}}',
      fix: 'Use one of the listed values for "{{field}}".',
      fix_suggestion: 'Did you mean "{{suggestion}}"? Use one of the listed values.',
    },
    'schema.too-big': {
      expected: '{{expected}}',
      found: '{{found}}',
      fix: 'Make "{{field}}" at most {{max}}.',
      fix_text: 'Shorten "{{field}}" to at most {{max}} characters ({{over}} too many).',
      fix_list: 'Give "{{field}}" at most {{max}} items.',
    },
    'schema.empty': {
      expected: '{{expected}}',
      found: '{{found}}',
      fix: 'Fill in "{{field}}": it may not be empty.',
    },
    'schema.too-small': {
      expected: '{{expected}}',
      found: '{{found}}',
      fix: 'Make "{{field}}" at least {{min}}.',
    },
    'schema.format': {
      expected: '{{expected}}',
      found: '{{found}}',
      fix: 'Rewrite "{{field}}" as {{expected}}.',
    },
    'schema.unknown-field': {
      expected: 'only known fields: {{fields}}',
      found: 'a field "{{key}}"',
      fix: 'Remove "{{key}}" or rename it to one of the known fields.',
      fix_suggestion: 'Did you mean "{{suggestion}}"? Rename the field.',
    },
    'schema.unknown-field:strict': {
      expected: 'only the fields this kind of entry has',
      found: '{{keys}}',
      fix: 'Remove the field or correct its spelling.',
    },
    'schema.invalid': {
      expected: '{{expected}}',
      found: '{{found}}',
      fix: 'Correct "{{field}}" so that it is {{expected}}.',
      fix_own: '{{fix}}',
    },

    'reference.unknown': {
      expected: 'an id defined in {{where}}: {{ids}}',
      found: '"{{value}}"',
      fix: 'Use an id that exists, or add "{{value}}" to {{where}} with a Dutch and an English label.',
      fix_suggestion:
        'Did you mean "{{suggestion}}"? Use an id that exists, or add "{{value}}" to {{where}} with a Dutch and an English label.',
    },
    'reference.unknown:entry': {
      expected: 'an id defined in {{where}}: {{ids}}',
      found: '"{{value}}"',
      fix: 'Use an id that exists, or add the entry {{where}}nl/{{value}}.mdx.',
      fix_suggestion: 'Did you mean "{{suggestion}}"? Use an id that exists, or add the entry {{where}}nl/{{value}}.mdx.',
    },
    'reference.section': {
      expected: 'a section id of {{file}}: {{ids}}',
      found: '"{{section}}"',
      fix: "Use the id the section's heading has in the chapter's address (after #), or remove the section to link to the whole chapter.",
      fix_suggestion:
        'Did you mean "{{suggestion}}"? Use the id the section\'s heading has in the chapter\'s address (after #), or remove the section to link to the whole chapter.',
    },
    'source.bare-url': {
      expected: 'the address of the page that states the fact (with a path, like https://groz.nl/fieldlabs)',
      found: '"{{url}}", a site\'s home page',
      fix: "Open the page where the source says it (a news item, a project page) and copy that page's address; if no such page can be found, remove the claim rather than cite a home page.",
    },
    'url.reserved': {
      expected: 'an address the site does not use itself',
      found: '{{url}}, the address of {{use}}',
      fix: 'Rename the file (in both language folders) so that its address differs.',
      fix_chapter:
        "Rename the file (in both language folders) so that its address differs; a chapter's address is its file name without the number.",
      fix_page: 'Choose another slug for this page.',
      fix_slug: 'Choose another slug for this {{noun}}.',
    },
    'url.duplicate': {
      expected: 'an address {{noOther}} has',
      found: '{{url}}, also the address of {{file}}',
      fix: 'Rename the file (in both language folders) so that its address differs.',
      fix_chapter:
        "Rename the file (in both language folders) so that its address differs; a chapter's address is its file name without the number.",
      fix_page: 'Choose another slug for this page.',
      fix_slug: 'Choose another slug for this {{noun}}.',
    },
    'url.reserved:former': {
      expected: 'a file name whose address in every language is free: the former English address keeps pointing on to the entry',
      found: '{{url}}, the address of {{use}}',
      fix: 'Rename the file (in both language folders) so that its address differs.',
    },
    'url.duplicate:former': {
      expected: 'an address {{noOther}} has or had',
      found: '{{url}}, the former address of {{file}}, which points on to {{movedTo}} so that links to it keep working',
      fix: 'Choose another slug for this {{noun}}.',
      fix_slug: 'Choose another slug for this {{noun}}.',
    },
    'url.duplicate:file': {
      expected: 'a file name whose address in every language is free: the former English address keeps pointing on to the entry',
      found: '{{url}}, also the address of {{file}}',
      fix: 'Rename the file (in both language folders) so that its address differs.',
    },
    'url.slug-in-original': {
      expected: 'no slug: a Dutch entry is published under its file name',
      found: 'slug: {{slug}}',
      fix: 'Remove the line "slug: ...". To change the Dutch address, rename the file in both language folders (the English file keeps its own slug).',
    },
    'url.slug-missing': {
      expected: 'the address of this English text in a line "slug: ...", made from its English title',
      found: 'nothing (the field is missing)',
      fix: 'Add the line "slug: {{suggestion}}" below the {{field}}. Keep it when the {{field}} changes later: the address stays the same.',
    },
    'unique.duplicate:field': {
      expected: 'a {{field}} {{noOther}} in this language has',
      found: '{{value}}, also used by {{file}}',
      fix: 'Give one of the two files another {{field}}.',
    },

    'translation.headings': {
      expected: 'the same section headings as {{file}} ({{theirs}}): {{theirOutline}}',
      found: '{{ours}}: {{ourOutline}}',
      fix: 'Give the translation one heading for each Dutch heading, at the same level (## or ###) and in the same order.',
    },
    'translation.marked-but-present': {
      expected: 'untranslated: true only on an entry without a counterpart',
      found: 'untranslated: true, while {{counterpart}} exists',
      fix: 'Remove the line "untranslated: true".',
    },
    'translation.missing': {
      expected: 'an English version at {{counterpart}}, or "untranslated: true" in this file\'s frontmatter',
      found: 'no file at {{counterpart}}',
      fix: 'Add {{counterpart}} with the same file name (npm run new writes both files for you), or add "untranslated: true" to this file to publish it in one language for now.',
    },
    'translation.orphaned': {
      expected: 'the Dutch original at {{counterpart}} (Dutch comes first), or "untranslated: true" in this file\'s frontmatter',
      found: 'no file at {{counterpart}}',
      fix: 'Add {{counterpart}} with the same file name (npm run new writes both files for you), or add "untranslated: true" to this file to publish it in one language for now.',
    },
    'translation.footnotes': {
      expected: 'the same number of footnotes as {{file}} ({{theirs}})',
      found_one: '{{count}} footnote',
      found_other: '{{count}} footnotes',
      fix: 'Add the footnotes this translation lacks, citing the same sources as the Dutch text.',
      fix_more: 'Remove the footnotes the Dutch text does not have, or add them to the Dutch text too.',
    },

    'unique.duplicate:dimension-order': {
      expected: 'an order no other action-scan dimension has',
      found: '{{order}}, also used by {{file}}',
      fix: 'Give one of the two dimensions another order; the scan shows the dimensions from the lowest order up.',
    },
    'action-scan.duplicate-statement': {
      expected: 'a statement id used once in the whole scan',
      found: '"{{id}}", also at {{where}}',
      fix: 'Give this statement another id. Saved answers and share links find a statement by its id, so do not rename a published one without need.',
    },

    'file.location:folder': {
      expected: 'in {{parent}}/ only {{belongs}}',
      found: 'a folder {{name}}/ that nothing reads',
      fix: 'Move its files to where they belong, or remove the folder.',
    },
    'file.location:top-folder': {
      expected: 'only these folders in {{root}}/: {{folders}}',
      found: 'a folder {{name}}/ that nothing reads',
      fix: 'Move its files to where they belong, or remove the folder.',
    },
    'file.location:language': {
      expected: 'every {{noun}} in a language folder: {{base}}/nl/<name>.mdx or {{base}}/en/<name>.mdx',
      found: 'a file at {{file}}',
      fix: 'Move the file into {{base}}/nl/ (Dutch) or {{base}}/en/ (English).',
    },
    'file.location:unread-file': {
      expected: 'in {{folder}}/ only {{belongs}}',
      found: 'a file "{{name}}" that nothing reads',
      fix: 'Move the file to where it belongs, or remove it.',
    },
    'file.location:root-file': {
      expected: 'no files directly in {{root}}/, only the folders of the collections',
      found: 'a file "{{name}}" that nothing reads',
      fix: 'Move the file to where it belongs, or remove it.',
    },
    'file.location:data-folder': {
      expected: 'in {{base}}/ only {{belongs}}',
      found: 'a folder {{name}}/',
      fix: 'Move the files in {{file}}/ to where they belong, or remove the folder.',
    },
    'file.location:data-file': {
      expected: 'in {{base}}/ only {{belongs}}',
      found: 'a file "{{name}}"',
      fix: 'Move the file to where it belongs ({{belongs}}), or remove it.',
    },
    'file.extension:mdx': {
      expected: 'a file ending in .mdx',
      found: '"{{name}}"',
      fix: 'Rename the file to end in .mdx (for example {{suggestion}}); other files are not published.',
    },
    'file.extension:yaml': {
      expected: 'a file ending in .yaml',
      found: '"{{name}}"',
      fix: 'Rename the file to end in .yaml (for example {{suggestion}}); other files are not read.',
    },
    'file.extension:yml': {
      expected: 'YAML files ending in .yaml',
      found: '"{{name}}"',
      fix: 'Rename the file to {{suggestion}}; files ending in .yml are not read.',
    },
    'file.name:mdx': {
      expected: 'a file name of lower-case letters, digits and single hyphens, like "vitaal-in-brainport.mdx"',
      found: '"{{name}}"',
      fix: 'Rename the file, for example to "{{suggestion}}", in both language folders.',
    },
    'file.name:yaml': {
      expected: 'a file name of lower-case letters, digits and single hyphens, like "samenwerking.yaml"',
      found: '"{{name}}"',
      fix: 'Rename the file, for example to "{{suggestion}}".',
    },
    'file.missing:taxonomy': {
      expected: 'the taxonomy file {{file}}',
      found: 'no such file',
      fix: 'Restore {{file}}: the site needs it to label and check {{collection}}.',
    },
    'file.missing:data': {
      expected: 'at least one {{noun}} in {{wanted}}',
      found: 'no such file',
      fix: 'Add one file {{base}}/<id>.yaml per {{noun}}; the fields it needs are described in src/kernel/schemas/.',
    },
    'file.missing:data-file': {
      expected: 'the file {{wanted}} ({{noun}})',
      found: 'no such file',
      fix: 'Restore {{wanted}}: the site cannot be built without it.',
    },
    'file.symlink': {
      expected: 'ordinary files and folders',
      found: 'a symbolic link',
      fix: 'Replace the link with a copy of the file it points to, or remove it. Links are never followed: they could point outside the repository.',
    },
    'file.symlink:top': {
      expected: '{{top}}/ as an ordinary folder',
      found: 'a symbolic link',
      fix: 'Replace the link with the folder itself. Links are never followed: they could point outside the repository.',
    },
    'file.hidden': {
      expected: 'no hidden files or folders (names starting with a dot): nothing reads them',
      found: 'a hidden file "{{name}}"',
      found_folder: 'a hidden folder "{{name}}"',
      fix: 'Remove it, or rename it without the leading dot and put it where it belongs.',
    },
    'file.type': {
      expected: 'ordinary files and folders',
      found: 'a special file (a pipe, socket or device)',
      fix: 'Remove it.',
    },
    'taxonomy.shape': {
      expected: 'a list of items, each starting with "- id: ..."',
      found: 'something other than a list',
      found_empty: 'an empty file',
      fix: 'Write one "- id: ..." item per entry, each with a label for nl and en.',
    },
    'taxonomy.duplicate-id': {
      expected: 'each id once in this file',
      found: '"{{id}}" a second time',
      fix: 'Remove the duplicate item or give it another id.',
    },
    'data.shape': {
      expected: 'fields written as "name: value", one per line, like "order: 1"',
      found: 'a single value',
      found_empty: 'an empty file',
      found_list: 'a list',
      fix: 'Write the fields of this file ({{noun}}, see src/kernel/schemas/) at the start of the line, without "- " in front.',
    },

    'public.reserved': {
      expected: 'no files at paths the build writes itself ({{paths}})',
      found: 'public{{path}}',
      fix: 'Move the file to public/images/ (or another folder of its own), or remove it.',
    },
    'public.file-type': {
      expected: 'only images and documents the pages show: {{types}}',
      found: '"{{name}}"',
      fix: 'Remove the file, or convert it to one of the listed types.',
      fix_code:
        "Remove the file: pages and scripts are made by the build from content/ and src/, never copied from public/ (they would run without the site's security policy).",
    },
    'public.file-type:content': {
      expected: 'a real .{{extension}} file',
      found: 'a file whose content is not {{format}}',
      fix: 'Save the file in the format its name says (.{{extension}}), or give it the ending of its real format.',
    },
    'public.too-large': {
      expected: 'a file of at most {{max}} MB',
      found: '{{size, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} MB',
      fix: 'Make the image smaller (at most 2,000 pixels wide is plenty) or compress it.',
    },
    'public.unsafe-svg': {
      expected: 'an SVG image of shapes and text only: no scripts, event attributes, styles, links or embedded content',
      found: '{{what}}',
      fix: 'Export the image again as a plain SVG (or optimise it with SVGO and remove the part named), or use a PNG instead.',
    },

    'link.broken': {
      expected: 'a link to a page that exists on this site',
      found: 'a link to {{path}}, which the build did not produce',
      fix: 'Correct the address in the content (copy it from the page in your browser), or remove the link.',
    },
    'link.broken-anchor': {
      expected: 'a section #{{anchor}} on {{page}}',
      found: 'no element with that id on that page',
      fix: 'Link to a heading that exists: open the page, use the link icon beside the heading and copy its address.',
    },
    'link.moved': {
      expected: 'a link to the page itself',
      found: 'a link to {{path}}, a former address that points on to {{movedTo}}',
      fix: 'Link to {{target}} instead.',
    },
  },

  phrases: {
    'expect.id': 'an id of lower-case letters, digits and single hyphens, like "life-sciences-health"',
    'expect.summary': 'a summary of one or two sentences',
    'expect.entry-slug': 'an address of lower-case letters, digits and single hyphens, like "setting-up-a-learning-community"',
    'expect.entry-slug-max': 'an address of at most {{max}} characters',
    'expect.synonym-word': 'a word or words the site uses',
    'expect.synonym-short': 'a word or a short phrase',
    'expect.synonym-list': "a list of the site's words, like [privacy]",
    'expect.synonym-list-min': "at least one of the site's words, like [privacy]",
    'expect.synonym-list-max': "at most {{max}} words: each is searched with the reader's word",
    'expect.synonym-key': 'the reader\'s word as one word in lower case, without spaces or punctuation: "{{suggestion}}"',
    'expect.summary-max': 'a summary of at most {{max}} characters',
    'expect.title': 'a title that is not empty',
    'expect.title-max': 'a title of at most {{max}} characters',
    'expect.source-title-max': 'a source title of at most {{max}} characters',
    'expect.text-nl': 'the Dutch text',
    'expect.text-en': 'the English text',
    'expect.text-nl-max': 'a Dutch text of at most {{max}} characters',
    'expect.text-en-max': 'an English text of at most {{max}} characters',
    'expect.http-url':
      'a full web address starting with https://, like "https://groz.nl/fieldlabs", without a user name, password or spaces',
    'expect.sources': 'at least one source with a title and a url',
    'expect.date': 'a date written as YYYY-MM-DD, like 2026-11-22',
    'expect.date-real': 'a date that exists, written as YYYY-MM-DD, like 2026-11-22',
    'expect.date-past': 'a date that is not in the future',
    'expect.chapter-order': 'a whole number giving the chapter order, like 1',
    'expect.year': 'a year written as four digits, like 2020',
    'expect.year-min': 'a year from {{min}} on',
    'expect.year-past': 'a year that is not in the future',
    'expect.audiences': 'at least one audience id, like [professionals]',
    'expect.based-on': 'at least one community slug this guide draws on',
    'expect.scale-value': 'a whole number from 1 to {{max}}, like 3',
    'expect.scale-min': 'at least two answer options',
    'expect.scale-max': 'at most {{max}} answer options',
    'expect.scale-order': 'values counting up by one from 1, lowest first (1, 2, 3, ...)',
    'expect.middle-from': 'a whole number from 1 to 99, like 40',
    'expect.high-from': 'a whole number from 2 to 100, like 70',
    'expect.bands': 'a number above middleFrom: the high band starts after the middle band',
    'expect.section-id': 'a section id as in the chapter\'s address after #, like "vijf-bouwstenen"',
    'expect.link-target': 'exactly one of chapter, guide or glossary in each link, like "- chapter: 02-opzetten"',
    'expect.section-needs-chapter': 'a section only in a link that names a chapter',
    'expect.read': 'at least one link to read on, like "- chapter: 02-opzetten"',
    'expect.dimension-order': 'a whole number giving the dimension its place in the scan, like 1',
    'expect.statements-min': 'at least one statement',
    'expect.statements-max': 'at most {{max}} statements',
    'fix.scale-order': 'Give this option the value {{value}}, or put the options in order from lowest to highest.',
    'fix.bands': 'Make highFrom larger than middleFrom, for example middleFrom: 40 and highFrom: 70.',
    'fix.link-target-none': 'Name what the link leads to: "chapter: <file name>", "guide: <file name>" or "glossary: <file name>".',
    'fix.link-target-split': 'Split this link into {{count}} links, one per line starting with "- ", each naming one of {{targets}}.',
    'fix.section-needs-chapter': 'Add "chapter: <file name>" to this link, or remove the section.',

    'type.string': 'a text value',
    'type.number': 'a number',
    'type.int': 'a whole number',
    'type.array': 'a list (for example [a, b], or one "- item" per line)',
    'type.object': 'a group of fields',
    'type.date': 'a date written as YYYY-MM-DD',
    'type.boolean': 'true or false',
    'limit.at-most': 'at most {{max}}',
    'limit.at-most-characters': 'at most {{max}} characters',
    'limit.at-most-items': 'at most {{max}} items',
    'limit.at-least': 'at least {{min}}',
    'limit.format': 'a value in the format {{format}}',
    'count.characters_one': '{{count}} character',
    'count.characters_other': '{{count}} characters',
    'count.items_one': '{{count}} item',
    'count.items_other': '{{count}} items',
    'value.missing': 'nothing (the field is missing)',
    'value.empty': 'an empty value',
    'value.invalid-date': 'an invalid date',
    'yaml.unreadable': 'YAML the build cannot read',
    'reference.none': '(none defined yet)',
    'headings.none': 'no headings',

    'component.aside': 'a boxed remark: <Aside type="tip" title="...">...</Aside>',
    'component.steps': 'numbered steps around an ordered list: <Steps> 1. ... </Steps>',
    'component.term': 'a link to a glossary term: <Term id="fieldlab">fieldlabs</Term>',
    'component.figure': 'an image with alt text and an optional caption: <Figure src="/images/x.jpg" alt="..." caption="..." />',

    'noun.positionPaper': 'position-paper chapter',
    'noun.communities': 'community profile',
    'noun.guides': 'transfer guide',
    'noun.glossary': 'glossary term',
    'noun.pages': 'page',
    'noun.actionScan': 'action-scan settings file',
    'noun.actionScanDimensions': 'action-scan dimension',
    'noun.searchSynonyms': 'search synonyms file',
    'no-other.positionPaper': 'no other position-paper chapter',
    'no-other.communities': 'no other community profile',
    'no-other.guides': 'no other transfer guide',
    'no-other.glossary': 'no other glossary term',
    'no-other.pages': 'no other page',
    'check-files.spelling': "the spelling check's word list and preferred forms",

    'belongs.language-folders': 'the folders nl/ and en/ with one .mdx file per {{noun}}',
    'belongs.mdx-per': 'one .mdx file per {{noun}}',
    'belongs.yaml-per': 'one .yaml file per {{noun}}',
    'belongs.id-yaml-per': 'one <id>.yaml file per {{noun}}',
    'belongs.files': 'the files {{files}}',
    'belongs.check-files': '{{files}} ({{purpose}})',
    'belongs.folder': 'the folder {{name}}/',

    'use.home': 'the home page',
    'use.search': 'the search page',
    'use.section': 'the section "{{name}}"',
    'use.print': 'the print page of the position paper',
    'use.provinces': 'the province lists',
    'use.topSectors': 'the top-sector lists',
    'use.group': 'the list of communities for "{{id}}"',

    'character.nul': 'a NUL character ({{code}})',
    'character.vertical-tab': 'a vertical tab ({{code}})',
    'character.form-feed': 'a form feed ({{code}})',
    'character.del': 'a DEL character ({{code}})',
    'character.zero-width-space': 'a zero-width space ({{code}})',
    'character.ltr-mark': 'a left-to-right mark ({{code}})',
    'character.rtl-mark': 'a right-to-left mark ({{code}})',
    'character.line-separator': 'a line separator ({{code}})',
    'character.paragraph-separator': 'a paragraph separator ({{code}})',
    'character.ltr-embedding': 'a left-to-right embedding ({{code}})',
    'character.rtl-embedding': 'a right-to-left embedding ({{code}})',
    'character.pop-formatting': 'a pop-directional-formatting character ({{code}})',
    'character.ltr-override': 'a left-to-right override ({{code}})',
    'character.rtl-override': 'a right-to-left override ({{code}})',
    'character.ltr-isolate': 'a left-to-right isolate ({{code}})',
    'character.rtl-isolate': 'a right-to-left isolate ({{code}})',
    'character.first-strong-isolate': 'a first-strong isolate ({{code}})',
    'character.pop-isolate': 'a pop-directional-isolate character ({{code}})',
    'character.byte-order-mark': 'a zero-width no-break space (byte order mark) inside the text ({{code}})',
    'character.lone-carriage-return': 'a carriage return without a line feed ({{code}})',
    'character.control': 'a control character ({{code}})',
    'character.formatting': 'an invisible formatting character ({{code}})',

    'svg.script': 'a <script> element',
    'svg.foreign-object': 'a <foreignObject> element (HTML inside the SVG)',
    'svg.embed': 'an element that embeds, links or changes attributes (<iframe>, <image>, <a>, <animate>, <set>...)',
    'svg.entity': 'an ENTITY declaration or a DOCTYPE with its own definitions (which can hide markup)',
    'svg.stylesheet': 'an xml-stylesheet instruction',
    'svg.event': 'an on... event attribute',
    'svg.href': 'an href to anything but a part of the same image (#id)',
    'svg.src': 'a src or xml:base attribute',
    'svg.url': 'a url(...) to anything but a part of the same image (#id)',
    'svg.reference': 'a javascript:, data: or @import reference',
    'svg.not-svg': 'a file that is not a UTF-8 SVG image',

    'label.expected': 'Expected',
    'label.found': 'Found',
    'label.fix': 'Fix',
    'label.field': 'field "{{field}}"',
    'label.warning': 'warning',

    'validate.content-dir':
      'KENNISBANK_CONTENT_DIR must name a folder called "content" (it is "{{value}}"), so validation and the build read the same files.',
    'validate.crashed': 'The validator stopped on an error it did not expect, so nothing was built:',
    'validate.report-crash': 'Please report this with the file you changed last.',
    'validate.warnings_one': '{{count}} warning (the build goes on; please fix it):',
    'validate.warnings_other': '{{count}} warnings (the build goes on; please fix them):',
    'validate.valid':
      'Content is valid: {{files}} files checked in {{seconds, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}} s.',
    'validate.valid-with-warnings_one':
      'Content is valid: {{files}} files checked in {{seconds, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}} s, with {{count}} warning.',
    'validate.valid-with-warnings_other':
      'Content is valid: {{files}} files checked in {{seconds, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}} s, with {{count}} warnings.',
    'validate.problems_one':
      'Found {{count}} problem in the content ({{files}} files checked in {{seconds, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}} s):',
    'validate.problems_other':
      'Found {{count}} problems in the content ({{files}} files checked in {{seconds, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}} s):',
    'validate.nothing-built': 'Nothing was built. Fix the problems above and run `npm run validate` again.',
    'language.invalid': '--lang must be nl or en (it is "{{value}}").',

    'guard.stopped': 'Unsafe content stopped the build (run npm run validate for how to fix it):',
    'guard.line': '{{where}} [{{rule}}] {{found}} (expected {{expected}})',
    'build.failed': 'The build failed (exit {{status}}); no dist/ was written.',
    'build.no-index': 'The build wrote no index.html; no dist/ was written.',
    'build.fix-links': 'Fix the links above; no dist/ was written.',
    'build.pages': '{{rendered}} pages rendered, {{copied}} unchanged pages copied from the last build.',
    'build.done': 'The site is in {{dist}}.',
    'links.valid': 'Links are valid: {{links}} internal links on {{pages}} pages checked.',
    'links.broken_one': 'Found {{count}} broken internal link ({{links}} links on {{pages}} pages):',
    'links.broken_other': 'Found {{count}} broken internal links ({{links}} links on {{pages}} pages):',

    'spelling.correct':
      'Spelling is correct: {{files}} files, {{words}} words checked in {{seconds, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}} s.',
    'spelling.unknown_one':
      '{{count}} unknown word ({{files}} files, {{words}} words checked in {{seconds, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}} s). Never add a misspelling to {{list}}: correct the text instead.',
    'spelling.unknown_other':
      '{{count}} unknown words ({{files}} files, {{words}} words checked in {{seconds, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}} s). Never add a misspelling to {{list}}: correct the text instead.',
    'spelling.preferred': '{{where}}  "{{word}}": this site writes "{{preferred}}" ({{file}}). Fix: write "{{preferred}}".',
    'spelling.not-in-dictionary':
      '{{where}}  "{{word}}" is not in the {{dictionary}} dictionary. Fix: correct the spelling; or, if it is a name or a term spelt as its source spells it, add it to {{list}} under [{{language}}] (one language) or [all] (both), in the right group.',
    'dictionary.nl': 'Dutch',
    'dictionary.en': 'British English',

    'new.usage':
      'Usage: npm run new -- --kind <{{kinds}}> --title "Dutch title" [--title-en "English title"] [--slug file-name] [--slug-en english-address] [--lang nl|en]',
    'new.no-terminal': 'Missing information and no terminal to ask it in: {{question}}',
    'new.ask-kind': 'What do you want to add? ({{kinds}})',
    'new.unknown-kind': '"{{kind}}" is not a kind of entry. Choose one of: {{kinds}}.',
    'new.ask-title': 'Title in Dutch:',
    'new.title-needed': 'A title is needed.',
    'new.ask-title-en': 'Title in English (Enter to translate later):',
    'new.bad-slug': '"{{slug}}" cannot be a file name: use lower-case letters, digits and hyphens.',
    'new.bad-slug-en': '"{{slug}}" cannot be an English address: use at most {{max}} lower-case letters, digits and hyphens.',
    'new.slug-later':
      'The English file gets its own address once its title is translated: `npm run validate` then asks for the line "slug: ...".',
    'new.exists': '{{file}} already exists. Choose another --slug, or edit that file.',
    'new.written': 'Written:',
    'new.next': 'Next: {{next}}',
    'new.then-validate': 'Then run `npm run validate`: it lists what is still missing, with the line to fill in.',
    'new.next.community':
      'fill in the summary, the sources (at least one public address), and what is known: top sectors, provinces, themes, partners.',
    'new.next.guide': 'fill in the summary, the audiences, the communities the guide draws on (basedOn), the sources and the steps.',
    'new.next.term': 'fill in the one-sentence definition, the sources, and a longer explanation below the frontmatter.',
    'new.next.chapter': 'fill in the summary and write the chapter, with its sources as footnotes.',
  },
};
