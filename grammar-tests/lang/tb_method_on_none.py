# conformance: whole-stderr
# Recursing through methods until an attribute is None: every frame quoted with its carets.
class Node:
    def __init__(self, child=None):
        self.child = child
    def depth(self):
        return 1 + self.child.depth()
Node(Node(Node())).depth()
