# Graph search on a small road map: BFS, DFS, Dijkstra with heapq, and topological sort.
import heapq
from collections import deque
ROADS = {"A": {"B": 7, "C": 9, "F": 14}, "B": {"A": 7, "C": 10, "D": 15}, "C": {"A": 9, "B": 10, "D": 11, "F": 2},
         "D": {"B": 15, "C": 11, "E": 6}, "E": {"D": 6, "F": 9}, "F": {"A": 14, "C": 2, "E": 9}}
def bfs(start):
    order, seen, queue = [], {start}, deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for neighbour in sorted(ROADS[node]):
            if neighbour not in seen:
                seen.add(neighbour)
                queue.append(neighbour)
    return order
def dfs(node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for neighbour in sorted(ROADS[node]):
        if neighbour not in seen:
            dfs(neighbour, seen)
    return seen
def dijkstra(start):
    distances = {start: 0}
    previous = {}
    heap = [(0, start)]
    while heap:
        distance, node = heapq.heappop(heap)
        if distance > distances[node]:
            continue
        for neighbour, weight in ROADS[node].items():
            candidate = distance + weight
            if candidate < distances.get(neighbour, float("inf")):
                distances[neighbour] = candidate
                previous[neighbour] = node
                heapq.heappush(heap, (candidate, neighbour))
    return distances, previous
def path(previous, target):
    route = [target]
    while route[-1] in previous:
        route.append(previous[route[-1]])
    return "".join(reversed(route))
print(bfs("A"), dfs("A"))
distances, previous = dijkstra("A")
print(sorted(distances.items()), path(previous, "E"))
DEPENDS = {"app": ["lib", "log"], "lib": ["core"], "log": ["core"], "core": [], "tests": ["app"]}
def toposort(graph):
    done, order = set(), []
    def visit(node, stack=()):
        if node in stack:
            raise ValueError(f"cycle through {node}")
        if node not in done:
            for dependency in graph[node]:
                visit(dependency, stack + (node,))
            done.add(node)
            order.append(node)
    for node in sorted(graph):
        visit(node)
    return order
print(toposort(DEPENDS))
try:
    toposort({"a": ["b"], "b": ["a"]})
except ValueError as error:
    print("ValueError:", error)
