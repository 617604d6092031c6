# The carets underline the failing subscript in a chain of subscripts.
data = {"users": [{"name": "ann", "tags": []}]}
print(data["users"][0]["name"])
print(data["users"][0]["tags"][0])
