"""The house layers hold in the build: no import cycle between our modules or packages
(imports inside functions and ``if TYPE_CHECKING`` blocks counted), import-linter's contracts
kept (pyproject ``[tool.importlinter]``), and no module grown past 500 lines."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("facts", "store", "crawler", "registry", "dashboard", "certwatch")
MAX_LINES = 500


def module_files() -> dict[str, Path]:
    """Every module of ours, by dotted name (a package by its ``__init__``)."""
    found: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _resolve(name: str, modules: set[str]) -> str | None:
    """The module of ours that ``name`` (a module, or a name defined in one) is."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def imports_of(module: str, path: Path, modules: set[str]) -> set[str]:
    """The modules of ours ``module`` imports anywhere in its body: top level, functions,
    ``if TYPE_CHECKING`` blocks alike."""
    is_package = path.name == "__init__.py"
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    targets: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                drop = node.level - 1 if is_package else node.level
                base = base[: len(base) - drop] if drop else base
                prefix = ".".join([*base, *([node.module] if node.module else [])])
            else:
                prefix = node.module or ""
            # ``from pkg import sub`` imports the submodule when there is one
            names = [f"{prefix}.{alias.name}" for alias in node.names] or [prefix]
        else:
            continue
        for name in names:
            target = _resolve(name, modules)
            if target is not None and target != module:
                targets.add(target)
    return targets


def import_graph() -> dict[str, set[str]]:
    files = module_files()
    modules = set(files)
    return {module: imports_of(module, path, modules) for module, path in files.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one node (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))

    def visit(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _child(parent: str, module: str) -> str | None:
    """The direct child of package ``parent`` ('' for the root) that holds ``module``."""
    if parent == "":
        return module.split(".")[0]
    if not module.startswith(parent + "."):
        return None
    return f"{parent}.{module[len(parent) + 1:].split('.')[0]}"


def package_graphs(graph: dict[str, set[str]]) -> dict[str, dict[str, set[str]]]:
    """For each package (and the root), the imports between its direct children, modules and
    subpackages alike (a child stands for everything under it)."""
    packages = {""} | {m.rsplit(".", i)[0] for m in graph for i in range(1, m.count(".") + 1)}
    out: dict[str, dict[str, set[str]]] = {}
    for parent in packages:
        children: dict[str, set[str]] = defaultdict(set)
        for source, targets in graph.items():
            a = _child(parent, source)
            if a is None or a == parent:
                continue
            for target in targets:
                b = _child(parent, target)
                if b is not None and b != a and b != parent:
                    children[a].add(b)
        out[parent] = dict(children)
    return out


def _describe(found: Iterable[list[str]], graph: dict[str, set[str]]) -> str:
    lines = []
    for component in found:
        members = set(component)
        edges = [f"{a} -> {b}" for a in component for b in sorted(graph.get(a, ())) if b in members]
        lines.append(f"cycle among {', '.join(component)}: " + "; ".join(edges))
    return "\n".join(lines)


def test_the_graph_sees_imports_inside_functions_and_type_checking(tmp_path: Path) -> None:
    graph = import_graph()
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from store.models import Page\n"
        "def f():\n    from crawler import runner\n    import registry.matcher\n"
        "from . import screen\n"
    )
    probe = tmp_path / "probe.py"
    probe.write_text(source, encoding="utf-8")
    seen = imports_of("certwatch.probe", probe, set(graph) | {"certwatch.probe"})
    assert seen == {"store.models", "crawler.runner", "registry.matcher", "certwatch.screen"}


def test_cycles_are_found_with_their_members() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles(package_graphs({"p.x.m": {"p.y.n"}, "p.y.n": {"p.x.k"}, "p.x.k": set()})["p"])


def test_no_cycle_between_modules() -> None:
    graph = import_graph()
    found = cycles(graph)
    assert not found, _describe(found, graph)


def test_no_cycle_between_packages() -> None:
    graph = import_graph()
    problems = []
    for parent, children in sorted(package_graphs(graph).items()):
        found = cycles(children)
        if found:
            problems.append(f"in {parent or 'the root'}:\n" + _describe(found, children))
    assert not problems, "\n".join(problems)


def test_import_linter_contracts_are_kept() -> None:
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which(
        "lint-imports")
    assert lint, "lint-imports not installed (pip install -e '.[test]')"
    done = subprocess.run([lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_no_module_is_longer_than_500_lines() -> None:
    long = {name: n for name, path in module_files().items()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"modules over {MAX_LINES} lines: {long}"
