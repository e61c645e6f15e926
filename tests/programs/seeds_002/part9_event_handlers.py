# seeds/002_2fc762ed25bdb8ee.txt, Part 9 Event Handler Factories: each handler captures its button label and action.
# Pattern used in GUI frameworks (tkinter, PyQt) and async event systems
def make_handler(button_label, action_func):
    """Create a click handler that remembers its button and action."""
    def on_click(event):
        print(f"Button '{button_label}' clicked")
        action_func(event)
    return on_click
def save_file(event):
    print("Saving...")
def open_file(event):
    print("Opening...")
save_handler = make_handler("Save", save_file)
open_handler = make_handler("Open", open_file)
# Simulate button clicks
save_handler(None)
# Button 'Save' clicked
# Saving...
open_handler(None)
# Button 'Open' clicked
# Opening...
