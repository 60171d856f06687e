# conformance: whole-stderr
# sys.exit(message) from a finally block while an exception propagates: only the message is printed.
import sys
def f():
    try:
        raise KeyError("k")
    finally:
        sys.exit("bye from finally")
f()
