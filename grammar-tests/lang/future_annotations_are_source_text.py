from __future__ import annotations
def f(b: 1e400, c: -1j, d: (1).real, e: 1 .real, g: x[a, b], h: x[()], i: x[a,], j: x[1:2, ::3],
      k: lambda: 1, l: lambda x, /, y=2, *z, w, v=3, **kw: (x, y), m: f"a{b!r:>{w}}c{{", n: 1,
      o: a if b else c if d else e, p: not a and b or c, q: -a ** -b, r: (a + b) * c - d / e // f % g @ h,
      s: a < b == c is not d not in e, t: [x async for x in y if z if w for q in r], u: {**a, 'b': c}, v: {a, b},
      w: f(*a, **b, c=d), x: f(x for x in y), y: (a, *b), z: a | b ^ c & d << e >> f, aa: ~a + +b,
      bb: 1, cc: a[b:c], dd: ..., ee: x, ff: {k: v for k, v in x}, gg: (x for x in y),
      hh: f'{ {1:2} }', ii: b"x'\"", jj: 'it\'s', kk: (a if b else c)[d], ll: (lambda: 1)(), mm: a.b.c, nn: (-1) ** 2,
      oo: 2 ** -1, pp: (not a) + b, qq: {**a}, rr: a(b)(c), ss: 1.5, tt: 1e16, uu: float('inf'), vv: x[a:b:c], ww: f"{x=}", xx: None, yy: True):
    pass
for k, v in f.__annotations__.items(): print(k, v)

class Point:
    x: Coordinate = 0
    y: list[Coordinate]
    Point2 = type("Point2", (), {})
    Point2.attr: int
print(Point.__annotations__, Point.x)

def local_annotations():
    counter: Undefined = 1
    return counter
print(local_annotations())
