class Config:
    pass

config = Config()
config.flag = __debug__
print(config.flag)

def unused(obj):
    del obj.__debug__
    obj.__debug__ += 1
