# A user-defined exception class: its module-qualified name and custom __str__.
class DatabaseError(Exception):
    def __init__(self, table, row):
        super().__init__(table, row)
        self.table = table
        self.row = row
    def __str__(self):
        return f"row {self.row} of {self.table} is corrupt"
raise DatabaseError("users", 17)
