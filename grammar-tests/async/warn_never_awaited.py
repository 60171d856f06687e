# conformance: whole-stderr
async def main():
    pass

main()
print("after")
