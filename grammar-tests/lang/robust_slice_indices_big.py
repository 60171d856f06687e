# slice.indices() in arbitrary precision: lengths, bounds and steps past 64 bits.
class I:
    def __index__(self): return 3
for s, n in [(slice(1, 2**64, -2**64), 10), (slice(1, 2, 3), 2**64), (slice(None, None, -1), 2**70), (slice(-2**80, 2**80), 5), (slice(None, None, -2), 0), (slice(I(), None, -1), I()), (slice(5, -100, -3), 10), (slice(-3, None), 2), (slice(True, None), 3)]:
    print(s.indices(n))
for s, n in [(slice(1, 2, 0), 10), (slice('a', None), 5), (slice(None, None, 1.5), 5), (slice(1, 2), -1), (slice(1, 2), 'a'), (slice(1, 2), 2.0)]:
    try: print(s.indices(n))
    except Exception as e: print(type(e).__name__, e)
