print("shiryo")
