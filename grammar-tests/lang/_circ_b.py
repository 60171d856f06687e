print("b start")
import _circ_a
print("b sees a partially initialised:", hasattr(_circ_a, "A_DONE"))
B_DONE = True
