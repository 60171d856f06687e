import types

def f():
    yield
async def c():
    pass
async def ag():
    yield
class K:
    def m(self):
        pass

co = c()
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(f(), types.GeneratorType), isinstance(co, types.CoroutineType), isinstance(ag(), types.AsyncGeneratorType))
print(isinstance(K().m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(types, types.ModuleType), isinstance(f.__code__, types.CodeType))
print(types.NoneType is type(None), types.EllipsisType is type(...), types.NotImplementedType is type(NotImplemented))
print(types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType)
co.close()
