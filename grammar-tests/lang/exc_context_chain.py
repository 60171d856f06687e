# __context__ chains, with __suppress_context__, through nested handlers and finally blocks.
def chain(e):
    out = []
    while e is not None:
        out.append(type(e).__name__)
        e = e.__cause__ or e.__context__
    return out


try:
    try:
        try:
            raise KeyError
        except KeyError:
            raise IndexError
    except IndexError:
        raise ValueError
except ValueError as e:
    print(chain(e))
try:
    try:
        raise KeyError
    finally:
        raise TypeError
except TypeError as e:
    print(chain(e))
try:
    try:
        raise KeyError
    except KeyError as k:
        raise k
except KeyError as e:
    print(chain(e), e.__context__)
try:
    try:
        raise KeyError
    except KeyError:
        pass
    raise ValueError
except ValueError as e:
    print("after handled:", e.__context__)
try:
    err = ValueError("reused")
    try:
        raise KeyError
    except KeyError:
        raise err
except ValueError as e:
    print(chain(e))
try:
    try:
        raise KeyError
    except KeyError:
        e2 = ValueError()
        e2.__suppress_context__ = True
        raise e2
except ValueError as e:
    print(type(e.__context__).__name__, e.__suppress_context__)
