Content-Length: 112

{"jsonrpc":"2.0","id":"wf-1","method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}Content-Length: 180

{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:lone-\ud800","version":3},"contentChanges":[{"range":{"start":"x","end":0},"text":"x"}]}}Content-Length: 94

{"jsonrpc":"2.0","id":"wf-checkpoint-final","method":"workspace/symbol","params":{"query":""}}Content-Length: 49

{"jsonrpc":"2.0","id":"wf-2","method":"shutdown"}Content-Length: 33

{"jsonrpc":"2.0","method":"exit"}