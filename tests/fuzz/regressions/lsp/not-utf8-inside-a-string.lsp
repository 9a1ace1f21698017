Content-Length: 97

{"jsonrpc":"2.0","id":"wf-1","method":"initialize","params":{"processId":null,"capabilities":{}}}Content-Length: 75

{"jsonrpc":"2.0","id":3,"method":"workÿspace/symbol","params":{"query":""}}Content-Length: 75

{"jsonrpc":"2.0","id":4,"method":"workspace/symbol","params":{"query":"Ã"}}Content-Length: 94

{"jsonrpc":"2.0","id":"wf-checkpoint-final","method":"workspace/symbol","params":{"query":""}}Content-Length: 49

{"jsonrpc":"2.0","id":"wf-2","method":"shutdown"}Content-Length: 33

{"jsonrpc":"2.0","method":"exit"}