# Dijkstra's shortest paths on a dict graph with a hand-written binary heap.


class MinHeap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, item):
        items = self.items
        items.append(item)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if items[i] < items[parent]:
                items[i], items[parent] = items[parent], items[i]
                i = parent
            else:
                break

    def pop(self):
        items = self.items
        if not items:
            raise IndexError("pop from empty heap")
        top = items[0]
        last = items.pop()
        if items:
            items[0] = last
            i = 0
            n = len(items)
            while True:
                left, right = 2 * i + 1, 2 * i + 2
                smallest = i
                if left < n and items[left] < items[smallest]:
                    smallest = left
                if right < n and items[right] < items[smallest]:
                    smallest = right
                if smallest == i:
                    break
                items[i], items[smallest] = items[smallest], items[i]
                i = smallest
        return top


def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    heap = MinHeap()
    heap.push((0, source))
    visited = set()
    while heap:
        d, node = heap.pop()
        if node in visited:
            continue
        visited.add(node)
        for neighbour, weight in graph.get(node, {}).items():
            nd = d + weight
            if neighbour not in dist or nd < dist[neighbour]:
                dist[neighbour] = nd
                prev[neighbour] = node
                heap.push((nd, neighbour))
    return dist, prev


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]


graph = {
    "A": {"B": 7, "C": 9, "F": 14},
    "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9},
    "F": {"A": 14, "C": 2, "E": 9},
    "G": {"H": 1},
}
dist, prev = dijkstra(graph, "A")
for node in sorted(dist):
    print(f"{node}: {dist[node]:3d} via {' -> '.join(path_to(prev, node))}")
print("unreachable:", sorted(set(graph) - set(dist)))

h = MinHeap()
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    h.push(x)
print([h.pop() for _ in range(len(h))])
try:
    h.pop()
except IndexError as e:
    print("IndexError:", e)
h2 = MinHeap()
for word in "the quick brown fox jumps over the lazy dog".split():
    h2.push((len(word), word))
print([h2.pop() for _ in range(4)])
try:
    h3 = MinHeap()
    h3.push((1, "a"))
    h3.push((1, None))
except TypeError as e:
    print("TypeError:", e)
