Content-Length: 97

{"jsonrpc":"2.0","id":"wf-1","method":"initialize","params":{"processId":null,"capabilities":{}}}Content-Length: 81

{"jsonrpc":"2.0","id":"\ud800","method":"workspace/symbol","params":{"query":""}}Content-Length: 80

{"jsonrpc":"2.0","id":3,"method":"workspace/symbol\udc00","params":{"query":""}}Content-Length: 115

{"jsonrpc":"\ud800","id":4,"\udfff":1,"method":"workspace/symbol","params":{"query":"\ud800","k\ud800":["\udc00"]}}Content-Length: 164

{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:\ud800","languageId":"neg","version":1,"text":"party A\ud800 state;\n"}}}Content-Length: 94

{"jsonrpc":"2.0","id":"wf-checkpoint-final","method":"workspace/symbol","params":{"query":""}}Content-Length: 49

{"jsonrpc":"2.0","id":"wf-2","method":"shutdown"}Content-Length: 33

{"jsonrpc":"2.0","method":"exit"}