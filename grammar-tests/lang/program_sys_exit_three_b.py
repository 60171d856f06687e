# After cleanup in finally blocks and a nested function, the program exits with status 3.
import sys

log = []


def cleanup(name):
    log.append(name)
    print("cleanup", name)


def run():
    try:
        try:
            print("working")
            sys.exit(3)
        finally:
            cleanup("inner")
    except ValueError:
        print("not reached")
    finally:
        cleanup("outer")


try:
    run()
except SystemExit as e:
    print("exit code", e.code, type(e.code).__name__, isinstance(e, Exception), isinstance(e, BaseException))
    print(log)
    raise
print("never printed")
