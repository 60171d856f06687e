print("pkg._mod executing", __name__, __package__)
mod_value = "from mod"
