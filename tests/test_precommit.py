"""The pre-commit hooks (``.pre-commit-hooks.yaml``), end to end with the real ``pre-commit``.

pre-commit installs a hook repository from a git commit into its own virtualenv, so the
module fixture snapshots the CURRENT working tree (without .venv, .git, caches) into a
temporary git repository and points ``repo:``/``rev:`` at that commit. The hook
environment is installed once for the whole module (shared ``PRE_COMMIT_HOME`` in a tmp
dir; it pip-installs this package and its dependencies from PyPI, so it needs network
access and takes some time). Every test then gets a fresh corpus repository holding a
dirty dump (a copy of seeds/000) and a clean one (a copy of seeds/001).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

import cleaner

pytest.importorskip("pre_commit")
if shutil.which("git") is None:
    pytest.skip("the pre-commit tests need git", allow_module_level=True)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DIRTY_SEED = next(SEEDS.glob("000_*.txt"))
CLEAN_SEED = next(SEEDS.glob("001_*.txt"))
DIRTY, CLEAN = "corpus/dirty.txt", "corpus/clean.txt"
TOP_LEVEL_SKIP = {".venv", "venv", ".git", "artifacts", "tmp", "build", "dist", ".hypothesis",
                  ".pytest_cache", ".ruff_cache", ".mypy_cache", ".tox", ".nox"}
ANYWHERE_SKIP = {"__pycache__", ".pytest_cache", ".ruff_cache", ".DS_Store"}


def _git_env() -> dict[str, str]:
    """The environment without git/pre-commit state inherited from an outer hook run."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.update(GIT_AUTHOR_NAME="test", GIT_AUTHOR_EMAIL="test@example.invalid", GIT_COMMITTER_NAME="test",
               GIT_COMMITTER_EMAIL="test@example.invalid", GIT_CONFIG_NOSYSTEM="1",
               GIT_CONFIG_GLOBAL=os.devnull, PIP_DISABLE_PIP_VERSION_CHECK="1", NO_COLOR="1", TERM="dumb")
    return env


def git(*args: str, cwd: Path, env: dict[str, str]) -> str:
    proc = subprocess.run(["git", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, f"git {' '.join(args)}: {proc.stderr}"
    return proc.stdout.strip()


def _ignore(src: str, names: list[str]) -> set[str]:
    skip = {n for n in names if n in ANYWHERE_SKIP or n.endswith((".pyc", ".egg-info"))}
    if Path(src).resolve() == ROOT:
        skip |= {n for n in names if n in TOP_LEVEL_SKIP}
    return skip


@dataclass
class HookEnv:
    repo: Path  # the snapshot of this repository
    rev: str
    env: dict[str, str]  # with the shared PRE_COMMIT_HOME
    install_seconds: float


@dataclass
class Corpus:
    path: Path
    hooks: HookEnv

    def run(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
        cmd = [sys.executable, "-m", "pre_commit", *args]
        if args[0] == "run":
            cmd += ["--color", "never"]
        return subprocess.run(cmd, cwd=self.path, env=self.hooks.env, capture_output=True, text=True,
                              timeout=timeout)

    def hook(self, hook_id: str, *files: str, config: str | None = None) -> subprocess.CompletedProcess:
        extra = ["-c", config] if config else []
        return self.run("run", hook_id, *extra, "--files", *(files or (DIRTY, CLEAN)))

    def state(self, rel: str) -> tuple[bytes, int, int]:
        st = (self.path / rel).stat()
        return (self.path / rel).read_bytes(), st.st_mtime_ns, st.st_ino

    def config(self, name: str, hooks: list[dict]) -> str:
        lines = ["repos:", f"- repo: {self.hooks.repo.as_posix()}", f"  rev: {self.hooks.rev}", "  hooks:"]
        for h in hooks:
            lines.append(f"  - id: {h['id']}")
            if "args" in h:
                lines.append("    args: [" + ", ".join(f'"{a}"' for a in h["args"]) + "]")
        (self.path / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        return name


@pytest.fixture(scope="module")
def hooks(tmp_path_factory: pytest.TempPathFactory) -> HookEnv:
    """Snapshot the working tree into a git repo and install the hook environment once."""
    import time

    base = tmp_path_factory.mktemp("precommit")
    env = _git_env()
    repo = base / "cleaner-snapshot"
    shutil.copytree(ROOT, repo, symlinks=True, ignore=_ignore)
    git("init", "-q", cwd=repo, env=env)
    git("add", ".", cwd=repo, env=env)
    git("commit", "-q", "--no-verify", "-m", "working tree snapshot", cwd=repo, env=env)
    rev = git("rev-parse", "HEAD", cwd=repo, env=env)
    env["PRE_COMMIT_HOME"] = str(base / "pre-commit-home")
    # Install once, from a throwaway corpus repo: the environment is keyed by (repo, rev).
    setup = Corpus(base / "setup", HookEnv(repo, rev, env, 0.0))
    setup.path.mkdir()
    git("init", "-q", cwd=setup.path, env=env)
    setup.config(".pre-commit-config.yaml", [{"id": "cleaner-check"}, {"id": "cleaner-fix"}])
    t0 = time.perf_counter()
    proc = setup.run("install-hooks", timeout=900)
    assert proc.returncode == 0, f"pre-commit install-hooks failed:\n{proc.stdout}\n{proc.stderr}"
    return HookEnv(repo, rev, env, time.perf_counter() - t0)


@pytest.fixture
def corpus(hooks: HookEnv, tmp_path: Path) -> Corpus:
    c = Corpus(tmp_path / "corpus-repo", hooks)
    (c.path / "corpus").mkdir(parents=True)
    # write_bytes, not copy: the seeds are read-only and a copy would keep that mode
    (c.path / DIRTY).write_bytes(DIRTY_SEED.read_bytes())
    (c.path / CLEAN).write_bytes(CLEAN_SEED.read_bytes())
    git("init", "-q", cwd=c.path, env=hooks.env)
    c.config(".pre-commit-config.yaml", [{"id": "cleaner-check"}, {"id": "cleaner-fix"}])
    git("add", ".", cwd=c.path, env=hooks.env)
    git("commit", "-q", "--no-verify", "-m", "corpus", cwd=c.path, env=hooks.env)
    return c


def expected_clean(path: Path):
    return cleaner.default_cleaner().clean(path.read_text(encoding="utf-8"), path=str(path))


def hook_envs(hooks: HookEnv) -> list[Path]:
    return [p for p in Path(hooks.env["PRE_COMMIT_HOME"]).glob("repo*") if p.is_dir()]


def test_hook_environment_installed_once(hooks: HookEnv) -> None:
    assert len(hook_envs(hooks)) == 1, hook_envs(hooks)
    sys.stderr.write(f"hook environment installed in {hooks.install_seconds:.1f}s\n")


def test_check_reports_and_changes_nothing(corpus: Corpus) -> None:
    before = {f: corpus.state(f) for f in (DIRTY, CLEAN)}
    res = expected_clean(corpus.path / DIRTY)
    assert res.removed, "seeds/000 should have boilerplate to remove"
    proc = corpus.hook("cleaner-check")
    out = proc.stdout
    assert proc.returncode == 1, out + proc.stderr
    assert "Failed" in out and "exit code: 1" in out
    assert f"{DIRTY}: would remove {res.removed_lines} line(s)" in out
    for r in res.removed:
        assert f"  {r.start + 1}-{r.end}: {r.category} [{r.rule}]" in out
    assert CLEAN not in out
    assert "files were modified" not in out
    assert {f: corpus.state(f) for f in (DIRTY, CLEAN)} == before
    # The clean file alone passes.
    proc = corpus.hook("cleaner-check", CLEAN)
    assert proc.returncode == 0 and "Passed" in proc.stdout, proc.stdout
    assert corpus.state(CLEAN) == before[CLEAN]


def test_fix_rewrites_then_passes(corpus: Corpus) -> None:
    clean_before = corpus.state(CLEAN)
    expected = expected_clean(corpus.path / DIRTY).text
    proc = corpus.hook("cleaner-fix")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert f"Fixing {DIRTY}" in proc.stdout and "files were modified by this hook" in proc.stdout
    assert f"Fixing {CLEAN}" not in proc.stdout
    assert (corpus.path / DIRTY).read_text(encoding="utf-8") == expected
    assert not list((corpus.path / "corpus").glob(".*"))  # no temp file left by the atomic write
    again = corpus.hook("cleaner-fix")
    assert again.returncode == 0 and "Passed" in again.stdout, again.stdout
    assert "Fixing" not in again.stdout
    check = corpus.hook("cleaner-check")
    assert check.returncode == 0 and "Passed" in check.stdout, check.stdout
    assert corpus.state(CLEAN) == clean_before


def test_git_commit_runs_the_hooks(corpus: Corpus) -> None:
    env = corpus.hooks.env
    proc = corpus.run("install")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    clean_before = corpus.state(CLEAN)
    dirty = corpus.path / DIRTY
    dirty.write_text(dirty.read_text(encoding="utf-8") + "\nSubscribe to Our Newsletter\n", encoding="utf-8")
    expected = expected_clean(dirty).text
    git("add", DIRTY, cwd=corpus.path, env=env)
    proc = subprocess.run(["git", "commit", "-m", "add boilerplate"], cwd=corpus.path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode != 0, proc.stdout + proc.stderr
    assert f"Fixing {DIRTY}" in proc.stdout + proc.stderr
    assert dirty.read_text(encoding="utf-8") == expected
    git("add", DIRTY, cwd=corpus.path, env=env)
    proc = subprocess.run(["git", "commit", "-m", "add cleaned text"], cwd=corpus.path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    committed = subprocess.run(["git", "show", f"HEAD:{DIRTY}"], cwd=corpus.path, env=env, capture_output=True,
                               check=True, timeout=60).stdout
    assert committed == expected.encode("utf-8")
    assert corpus.state(CLEAN) == clean_before


def test_args_pass_through(corpus: Corpus) -> None:
    words = "cheap watches online"
    stuffed = "corpus/stuffed.txt"
    (corpus.path / stuffed).write_text("\n\n".join(
        f"Line {i}: get {words} here, the best {words} for {words} fans who buy {words}." for i in range(6)) + "\n",
        encoding="utf-8")
    before = corpus.state(stuffed)
    plain = corpus.hook("cleaner-check", stuffed)
    assert plain.returncode == 0, plain.stdout
    spam_cfg = corpus.config("spam.yaml", [{"id": "cleaner-check", "args": ["--fail-on-spam"]}])
    proc = corpus.hook("cleaner-check", stuffed, config=spam_cfg)
    assert proc.returncode == 1 and f"{stuffed}: flagged as spam" in proc.stdout, proc.stdout
    bad_cfg = corpus.config("bad.yaml", [{"id": "cleaner-fix", "args": ["--min-score", "2"]}])
    proc = corpus.hook("cleaner-fix", config=bad_cfg)
    assert proc.returncode == 1 and "exit code: 2" in proc.stdout and "--min-score" in proc.stdout, proc.stdout
    assert corpus.state(stuffed) == before
    assert len(hook_envs(corpus.hooks)) == 1  # args do not need another environment


def test_any_text_file_is_processed_but_html_is_skipped(corpus: Corpus) -> None:
    notes = "corpus/notes.md"  # not *.txt: explicit files ignore --glob
    (corpus.path / notes).write_bytes(DIRTY_SEED.read_bytes())
    page = "corpus/page.html"
    (corpus.path / page).write_text("<html><body><p>Subscribe to Our Newsletter</p></body></html>\n",
                                    encoding="utf-8")
    page_before = corpus.state(page)
    proc = corpus.hook("cleaner-check", notes)
    assert proc.returncode == 1 and f"{notes}: would remove" in proc.stdout, proc.stdout
    proc = corpus.hook("cleaner-check", page)
    assert proc.returncode == 0 and "no files to check" in proc.stdout, proc.stdout
    proc = corpus.hook("cleaner-fix", page)
    assert proc.returncode == 0, proc.stdout
    assert corpus.state(page) == page_before
