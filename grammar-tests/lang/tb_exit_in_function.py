# SystemExit raised deep in calls unwinds through finally and with blocks, exit code 7.
class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exit runs", a[0].__name__)


def deep():
    with CM():
        try:
            raise SystemExit(7)
        finally:
            print("finally runs")


try:
    deep()
except Exception:
    print("not caught by Exception")
