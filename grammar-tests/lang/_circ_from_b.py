from _circ_from_a import a_value
b_value = 2
