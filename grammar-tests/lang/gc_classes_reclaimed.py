# A class in a reference cycle that nothing else references is reclaimed by gc.collect(),
# even after one of its attributes was read through the class (lookups must not keep it).
import gc


def make(show=False):
    class C:
        pass

    C.d = C()  # a cycle: C -> its instance -> C
    if show:
        print(type(C.d).__name__, C.d is C.d)
    return C.d


make(True)
print("found garbage:", gc.collect() > 0)
print("again:", gc.collect())
for i in range(20):
    make()
print("found garbage after twenty:", gc.collect() > 0)
print("then:", gc.collect())
