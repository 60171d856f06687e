# KeyboardInterrupt is a BaseException, not an Exception; SystemExit with a non-int code prints it.
try:
    raise KeyboardInterrupt
except Exception:
    print("not an Exception")
except BaseException as e:
    print("BaseException", repr(e))
try:
    raise KeyboardInterrupt("stop")
except KeyboardInterrupt as e:
    print(repr(e), isinstance(e, Exception))
raise SystemExit(KeyboardInterrupt("as exit"))
