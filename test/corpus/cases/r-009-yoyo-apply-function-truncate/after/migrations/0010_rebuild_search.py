from yoyo import step

__depends__ = {"0009_invoice_numbers"}


def rebuild(conn):
    cursor = conn.cursor()
    cursor.execute("TRUNCATE search_documents")
    cursor.execute("INSERT INTO search_documents SELECT id, title FROM articles")


steps = [step(rebuild)]
