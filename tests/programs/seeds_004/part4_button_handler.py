# seeds/004_d0a714c7296f60be.txt, Part 4 Event Handlers and Callbacks: click_count per handler via nonlocal, read back through a lambda attribute.
def make_button_handler(button_id: str, action: str):
    """Creates an event handler that knows its button's context."""
    click_count = 0

    def on_click(event):
        nonlocal click_count
        click_count += 1
        print(f"Button {button_id!r}: action={action!r}, clicks={click_count}")

    on_click.get_click_count = lambda: click_count
    return on_click


save_handler = make_button_handler("btn-save", "save_document")
delete_handler = make_button_handler("btn-delete", "delete_item")

save_handler(None) # Button 'btn-save': action='save_document', clicks=1
save_handler(None) # Button 'btn-save': action='save_document', clicks=2
delete_handler(None) # Button 'btn-delete': action='delete_item', clicks=1

print(save_handler.get_click_count()) # 2
print(delete_handler.get_click_count()) # 1
