"""No import cycle, between modules or between the packages beside each other (grimp)."""

from collections import defaultdict

import grimp
import pytest

PACKAGES = ("desktop", "db")


@pytest.fixture(scope="module")
def graph():
    return grimp.build_graph(*PACKAGES)


def reachable(edges: dict[str, set[str]], start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        for target in edges.get(todo.pop(), ()):
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every group of nodes that reach one another (a strongly connected component of more
    than one node), found by reachability: a few hundred modules need nothing cleverer."""
    reach = {node: reachable(edges, node) for node in edges}
    groups = {tuple(sorted(other for other in reach[node] if node in reach.get(other, ())))
              for node in edges if node in reach[node]}
    return sorted(list(group) for group in groups)


def module_edges(graph) -> dict[str, set[str]]:
    return {module: set(graph.find_modules_directly_imported_by(module)) for module in graph.modules}


def sibling_edges(graph) -> dict[str, dict[str, set[str]]]:
    """For each package, which of its children (modules or subpackages) import which others."""
    under: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for module, imported in ((m, i) for m in graph.modules
                             for i in graph.find_modules_directly_imported_by(m)):
        importer, target = module.split("."), imported.split(".")
        shared = 0
        while shared < min(len(importer), len(target)) and importer[shared] == target[shared]:
            shared += 1
        if 0 < shared < min(len(importer), len(target)):
            parent = ".".join(importer[:shared])
            under[parent][".".join(importer[:shared + 1])].add(".".join(target[:shared + 1]))
    return under


def test_no_module_imports_itself_back(graph):
    assert cycles(module_edges(graph)) == []


def test_no_package_imports_a_sibling_that_imports_it_back(graph):
    found = {parent: loops for parent, children in sibling_edges(graph).items()
             if (loops := cycles(children))}
    assert found == {}


def test_the_check_finds_a_cycle():
    """The detector itself: a planted loop of three, and a DAG beside it."""
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(edges) == [["a", "b", "c"]]
