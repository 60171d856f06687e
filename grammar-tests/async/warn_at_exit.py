# conformance: whole-stderr
async def pending():
    pass

kept = pending()
print("end of script")
