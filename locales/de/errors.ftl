## What is wrong in a file: the message after 'error: path:line:column:', and its hint.
