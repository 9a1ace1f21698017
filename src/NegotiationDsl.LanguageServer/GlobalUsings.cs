// The statement kinds, commitment states and date precisions are defined once, in the runtime model
// that generated code uses, and shared by the compiler.
global using CommitmentState = NegotiationDsl.Model.CommitmentState;
global using ObligationKind = NegotiationDsl.Model.ObligationKind;
global using ReplyState = NegotiationDsl.Model.ReplyState;
global using AgreementState = NegotiationDsl.Model.AgreementState;
global using DatePrecision = NegotiationDsl.Model.DatePrecision;
global using StatementKind = NegotiationDsl.Model.StatementKind;
