# Circular imports see the partially initialised module; `from` on one gives the CPython message.
import _circ_a
print("main sees", _circ_a.A_DONE)
try:
    import _circ_from_a
except ImportError as e:
    print(e)
