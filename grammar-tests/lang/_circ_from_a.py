from _circ_from_b import b_value
a_value = 1
