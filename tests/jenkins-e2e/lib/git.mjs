// A local bare repository and a working clone, driven with the git command line as a developer would.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class GitRepo {
  constructor(dir) {
    this.bare = join(dir, 'shop.git');
    this.clone = join(dir, 'shop');
  }

  git(...args) {
    return execFileSync('git', ['-c', 'user.name=E2E', '-c', 'user.email=e2e@example.invalid', '-c', 'init.defaultBranch=main', ...args],
      { cwd: this.clone, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  }

  /** A bare repository whose main branch has no Jenkinsfile (so the multibranch project builds no job for it). */
  init() {
    mkdirSync(this.clone, { recursive: true });
    execFileSync('git', ['init', '-q', '--bare', '-b', 'main', this.bare]);
    this.git('init', '-q', '-b', 'main');
    writeFileSync(join(this.clone, 'README.md'), '# shop\n');
    this.git('add', '.');
    this.git('commit', '-q', '-m', 'Initial commit');
    this.git('remote', 'add', 'origin', this.bare);
    this.git('push', '-q', 'origin', 'main');
  }

  pushBranch(branch, files) {
    this.git('checkout', '-q', '-B', branch, 'main');
    for (const [name, content] of Object.entries(files)) {
      writeFileSync(join(this.clone, name), content);
    }
    this.git('add', '.');
    this.git('commit', '-q', '-m', `Work on ${branch}`);
    this.git('push', '-q', 'origin', branch);
    this.git('checkout', '-q', 'main');
  }

  deleteBranch(branch) {
    this.git('push', '-q', 'origin', '--delete', branch);
  }
}
