import { execFileSync } from 'node:child_process';

/**
 * The public address of the repository that holds the content, for "edit this page" links.
 * One setting, REPOSITORY_URL (e.g. https://github.com/owner/name); on GitHub Actions it
 * is known without setting; otherwise it is read from the git remote when that is a web
 * address. Undefined when none is known: the site then shows no edit links rather than
 * links that lead nowhere.
 */
export function repositoryUrl(
  environment: NodeJS.ProcessEnv = process.env,
  remote: () => string | undefined = gitRemote,
): string | undefined {
  const configured = environment['REPOSITORY_URL']?.trim();
  if (configured) return configured.replace(/\/+$/, '');
  if (environment['GITHUB_SERVER_URL'] && environment['GITHUB_REPOSITORY']) {
    return `${environment['GITHUB_SERVER_URL']}/${environment['GITHUB_REPOSITORY']}`;
  }
  return webAddressOfRemote(remote());
}

/** https://host/owner/name for a remote written as https or as git@host:owner/name.git. */
export function webAddressOfRemote(remote: string | undefined): string | undefined {
  if (!remote) return undefined;
  const https = /^https:\/\/(?:[^@/]+@)?([^/]+)\/(.+?)(?:\.git)?\/?$/.exec(remote);
  if (https) return `https://${https[1]}/${https[2]}`;
  const ssh = /^git@([^:]+):(.+?)(?:\.git)?$/.exec(remote);
  if (ssh) return `https://${ssh[1]}/${ssh[2]}`;
  return undefined;
}

/** The origin remote, asked of git once per build (every page with an edit link needs it). */
let remoteOfOrigin: { url: string | undefined } | undefined;

function gitRemote(): string | undefined {
  remoteOfOrigin ??= { url: readRemote() };
  return remoteOfOrigin.url;
}

function readRemote(): string | undefined {
  try {
    return execFileSync('git', ['remote', 'get-url', 'origin'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** The web editor's address for a file (GitHub's form: /edit/<branch>/<path>). */
export function editUrl(repository: string, filePath: string, branch = process.env['REPOSITORY_BRANCH'] ?? 'main'): string {
  return `${repository}/edit/${branch}/${filePath.replace(/^\.\//, '')}`;
}
