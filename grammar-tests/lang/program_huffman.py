# Huffman compression: a frequency table, a tree built with a hand-written heap of (weight, order,
# node) tuples, code table, bit-string encoding packed into bytes, and decoding back.


class Leaf:
    __slots__ = ("symbol",)

    def __init__(self, symbol):
        self.symbol = symbol


class Node:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left, self.right = left, right


def heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i and heap[(i - 1) // 2][:2] > heap[i][:2]:
        heap[(i - 1) // 2], heap[i] = heap[i], heap[(i - 1) // 2]
        i = (i - 1) // 2


def heap_pop(heap):
    heap[0], heap[-1] = heap[-1], heap[0]
    top = heap.pop()
    i = 0
    while True:
        kids = [k for k in (2 * i + 1, 2 * i + 2) if k < len(heap)]
        if not kids:
            break
        k = min(kids, key=lambda k: heap[k][:2])
        if heap[k][:2] >= heap[i][:2]:
            break
        heap[k], heap[i] = heap[i], heap[k]
        i = k
    return top


def build(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    heap = []
    order = 0
    for ch, n in sorted(freq.items()):
        heap_push(heap, (n, order, Leaf(ch)))
        order += 1
    if len(heap) == 1:
        return Node(heap[0][2], Leaf(None)), freq
    while len(heap) > 1:
        w1, _, a = heap_pop(heap)
        w2, _, b = heap_pop(heap)
        heap_push(heap, (w1 + w2, order, Node(a, b)))
        order += 1
    return heap[0][2], freq


def codes(tree, prefix="", table=None):
    table = {} if table is None else table
    if isinstance(tree, Leaf):
        if tree.symbol is not None:
            table[tree.symbol] = prefix or "0"
        return table
    codes(tree.left, prefix + "0", table)
    codes(tree.right, prefix + "1", table)
    return table


def pack(bits):
    padding = -len(bits) % 8
    bits += "0" * padding
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)), padding


def unpack(data, padding):
    bits = "".join(f"{b:08b}" for b in data)
    return bits[:len(bits) - padding] if padding else bits


def decode(tree, bits):
    out, node = [], tree
    for bit in bits:
        node = node.left if bit == "0" else node.right
        if isinstance(node, Leaf):
            out.append(node.symbol)
            node = tree
    return "".join(out)


for text in ["abracadabra", "mississippi river", "aaaa", "the quick brown fox jumps over the lazy dog"]:
    tree, freq = build(text)
    table = codes(tree)
    bits = "".join(table[c] for c in text)
    data, pad = pack(bits)
    back = decode(tree, unpack(data, pad))
    print(f"{text[:20]!r:24} {len(text) * 8:4} -> {len(bits):4} bits, {len(data):3} bytes, ok={back == text}")
    rows = sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0]))[:5]
    print("   ", "  ".join(f"{c!r}:{code}" for c, code in rows), data[:4].hex())
print(pack("101"), unpack(b"\xa0", 5), pack(""))
