print("a start")
import _circ_b
A_DONE = True
print("a end, b.B_DONE =", _circ_b.B_DONE)
