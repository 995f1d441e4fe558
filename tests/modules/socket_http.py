# Serve and fetch over loopback: a tiny HTTP/1.0 server and its client in one process, the
# server's side driven by select.poll while the client blocks with a timeout, then a second
# round with the client reading its response through makefile().
import select
import socket

PAGES = {'/': b'<h1>kinglet</h1>\n', '/hello': b'Hello, world!\n'}


def respond(request):
    line = request.split(b'\r\n', 1)[0].decode()
    method, path, version = line.split()
    body = PAGES.get(path)
    if body is None:
        status, body = '404 Not Found', b'no such page\n'
    else:
        status = '200 OK'
    head = 'HTTP/1.0 %s\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n' % (
        status, len(body))
    return head.encode() + body


server = socket.create_server(('127.0.0.1', 0))
server.setblocking(False)
address = server.getsockname()
poller = select.poll()
poller.register(server, select.POLLIN)
clients = {}


def serve_once(timeout_ms):
    # One round of the server: accept, read requests, write responses.
    for fd, ev in poller.poll(timeout_ms):
        if fd == server.fileno():
            conn, _ = server.accept()
            conn.setblocking(False)
            clients[conn.fileno()] = [conn, b'']
            poller.register(conn, select.POLLIN)
            continue
        conn, data = clients[fd]
        chunk = conn.recv(4096)
        data += chunk
        clients[fd][1] = data
        if b'\r\n\r\n' in data or not chunk:
            poller.unregister(conn)
            del clients[fd]
            conn.setblocking(True)
            conn.sendall(respond(data))
            conn.shutdown(socket.SHUT_WR)
            conn.close()


def fetch(path):
    client = socket.create_connection(address, timeout=5)
    serve_once(1000)
    client.sendall(('GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' % path).encode())
    response = b''
    while True:
        serve_once(0)
        try:
            client.settimeout(0.01)
            chunk = client.recv(1024)
        except TimeoutError:
            continue
        if not chunk:
            break
        response += chunk
    client.close()
    return response


for path in ('/', '/hello', '/missing'):
    response = fetch(path)
    head, body = response.split(b'\r\n\r\n', 1)
    print(head.decode().splitlines())
    print(body)

# The client side through a file, as http.client reads a response.
client = socket.create_connection(address)
serve_once(1000)
f = client.makefile('rwb')
f.write(b'GET /hello HTTP/1.0\r\n\r\n')
f.flush()
while clients:
    serve_once(1000)
status = f.readline()
headers = []
while True:
    line = f.readline()
    if line in (b'\r\n', b''):
        break
    headers.append(line.decode().strip())
length = int([h for h in headers if h.startswith('Content-Length')][0].split(':')[1])
print(status, headers, f.read(length), f.read())
f.close()
client.close()
server.close()
