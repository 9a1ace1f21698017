Content-Length: 97

{"jsonrpc":"2.0","id":"wf-1","method":"initialize","params":{"processId":null,"capabilities":{}}}Content-Length: 35

{"jsonrpc":"2.0","id":5,"result":1}Content-Length: 65

{"jsonrpc":"2.0","id":"x","error":{"code":-32601,"message":"no"}}Content-Length: 94

{"jsonrpc":"2.0","id":"wf-checkpoint-final","method":"workspace/symbol","params":{"query":""}}Content-Length: 49

{"jsonrpc":"2.0","id":"wf-2","method":"shutdown"}Content-Length: 33

{"jsonrpc":"2.0","method":"exit"}