# conformance: whole-stderr
# An exception in a finally block while another propagates: both shown, chained.
def work():
    try:
        raise KeyError("original")
    finally:
        cleanup = None
        cleanup.close()


work()
