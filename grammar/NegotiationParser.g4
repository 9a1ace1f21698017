// Parser for .neg negotiation records. The grammar is deliberately not recursive: blocks nest at
// most talks > meeting > statement, so hostile input (100,000 nested '<') cannot exhaust the stack.
// No actions and no predicates: all meaning lives in the tree builder and the binder.
parser grammar NegotiationParser;

options { tokenVocab = NegotiationLexer; }

compilationUnit : member* EOF;

member
    : useDeclaration
    | recordHeader
    | partyDeclaration
    | personDeclaration
    | meetingDeclaration
    | talksDeclaration
    | policyDeclaration
    | agreementDeclaration
    | statement
    ;

// ---- Uses: the declarations of another folder or file of the archive (docs/language.md, "Archives")
useDeclaration  : USE string (AS IDENTIFIER)? SEMICOLON;

// ---- Record header -----------------------------------------------------------------------------
recordHeader    : RECORD string? headerAttribute* SEMICOLON;
headerAttribute
    : SOURCE string      # sourceAttribute
    | GRADED IDENTIFIER  # headerGradeAttribute
    | PUBLISHED date     # publishedAttribute
    | URL string         # urlAttribute
    | LANGUAGE string    # languageAttribute
    ;

// ---- Actors ------------------------------------------------------------------------------------
partyDeclaration : PARTY IDENTIFIER partyKind? string? partyAttribute* SEMICOLON;
partyKind        : STATE | ALLIANCE | ORGANISATION | BLOC | BODY;
partyAttribute
    : AKA string (COMMA string)*   # aliasAttribute
    | CODE string                  # codeAttribute
    | MEMBERS actorList            # membersAttribute
    | OF actor                     # parentAttribute
    ;

personDeclaration : PERSON IDENTIFIER string? personAttribute* SEMICOLON;
personAttribute
    : OFFICE string (OF actor)? (FROM date)? (UNTIL date)?   # officeAttribute
    | OF actor                                               # affiliationAttribute
    | AKA string (COMMA string)*                             # personAliasAttribute
    | CODE string                                            # personCodeAttribute
    ;

// ---- Policies ----------------------------------------------------------------------------------
// What a fuzzy date word means in these records: `policy coming_days within 7 days;`
policyDeclaration : POLICY fuzzyDate simpleDate SEMICOLON;
fuzzyDate         : SOON | COMING_DAYS | COMING_WEEKS;

// ---- Agreements: a document as a thing (docs/language.md, "Agreements") --------------------------
// `new_start: agreement "Treaty ..." kind treaty stage comprehensive term 10 years;` The kind and the stage are
// names the binder checks against its tables, so they need no keyword each.
agreementDeclaration : label? AGREEMENT string? agreementAttribute* SEMICOLON;
agreementAttribute
    : KIND IDENTIFIER        # kindAttribute
    | STAGE IDENTIFIER       # stageAttribute
    | TERM NUMBER unit       # termAttribute
    | SOURCE string          # agreementSourceAttribute
    ;

// ---- Meetings and talks ------------------------------------------------------------------------
meetingDeclaration : label? MEETING place meetingAttribute* meetingBlock;
talksDeclaration   : label? TALKS string? meetingAttribute* talksBlock;
place              : IDENTIFIER | string;
meetingAttribute
    : date                 # dateAttribute
    | AT timeOfDay         # timeAttribute
    | DURATION             # durationAttribute
    | approximation DURATION   # approximateDurationAttribute
    | WITH actorList       # participantsAttribute
    | FORMAT place         # formatAttribute
    | SOURCE string        # meetingSourceAttribute
    | ROLE IDENTIFIER actorList   # roleAttribute
    | DELEGATION actor actorList? (LED BY actor)?   # delegationAttribute
    | GRADED IDENTIFIER    # meetingGradeAttribute
    ;
meetingBlock : LESS_THAN statement* GREATER_THAN;
talksBlock   : LESS_THAN (meetingDeclaration | statement)* GREATER_THAN;

// ---- Statements --------------------------------------------------------------------------------
statement
    : label? actorList predicate clause* SEMICOLON   # actorStatement
    | label? OUTCOME NO? string clause* SEMICOLON      # outcomeStatement
    // A day that is nobody's obligation (docs/language.md, "Milestones"): `adoption_day: milestone "Adoption Day" after endorsement in 90 days;`
    | label? MILESTONE string clause* SEMICOLON        # milestoneStatement
    ;
label     : IDENTIFIER COLON;
predicate : COMMITS obligationKind? string # commitPredicate
          | SAYS string                    # sayPredicate
          | SAYS actorList reported        # reportedPredicate
          | CALLS (IDENTIFIER | string) string   # callPredicate
          | DEMANDS string                 # demandPredicate
          | PROPOSES string                # proposePredicate
          | OFFERS string                  # offerPredicate
          | REJECTS rejected               # rejectPredicate
          | ACCEPTS rejected               # acceptPredicate
          | ANSWERS rejected               # answerPredicate
          | AGREES string                  # agreePredicate
          | ASKS string                    # askPredicate
          | EXPECTS NO? string             # expectPredicate
          | HOPES string                   # hopePredicate
          | DENIES string                  # denyPredicate
          | CONFIRMS string                # confirmPredicate
          | FULFILS IDENTIFIER             # fulfilPredicate
          | BREAKS IDENTIFIER              # breakPredicate
          | WITHDRAWS IDENTIFIER           # withdrawPredicate
          | VIOLATES IDENTIFIER            # violatePredicate
          | SIGNS IDENTIFIER               # signPredicate
          | WITNESSES IDENTIFIER           # witnessPredicate
          | GUARANTEES IDENTIFIER          # guaranteePredicate
          | ADOPTS IDENTIFIER              # adoptPredicate
          | RATIFIES IDENTIFIER            # ratifyPredicate
          | ENTERS INTO FORCE              # enterPredicate
          | EXTENDS IDENTIFIER             # extendPredicate
          | RENEWS IDENTIFIER              # renewPredicate
          | SUSPENDS IDENTIFIER            # suspendPredicate
          | RESUMES IDENTIFIER             # resumePredicate
          | TERMINATES IDENTIFIER          # terminatePredicate
          | HAPPENS                        # happenPredicate
          | FAILS                          # failPredicate
          ;
// What kind of obligation a commitment is: none written is an achievement (a deliverable, perhaps by a deadline).
obligationKind : TO KEEP | NOT TO;
// Reported speech nests exactly one level ("Ryabkov says West rejects ..."), never recursively.
reported  : COMMITS obligationKind? string # reportedCommit
          | CALLS (IDENTIFIER | string) string   # reportedCall
          | DEMANDS string                 # reportedDemand
          | PROPOSES string                # reportedPropose
          | OFFERS string                  # reportedOffer
          | REJECTS rejected               # reportedReject
          | ACCEPTS rejected               # reportedAccept
          | ANSWERS rejected               # reportedAnswer
          | AGREES string                  # reportedAgree
          | ASKS string                    # reportedAsk
          | EXPECTS NO? string             # reportedExpect
          | HOPES string                   # reportedHope
          | DENIES string                  # reportedDeny
          | CONFIRMS string                # reportedConfirm
          | VIOLATES IDENTIFIER            # reportedViolate
          ;
rejected  : string | IDENTIFIER (COMMA IDENTIFIER)*;

clause
    : TO actorList                         # recipientClause
    | OF actorList                         # addresseeClause
    | BY date                              # deadlineClause
    | ON date                              # onClause
    | IF string                            # conditionClause
    | AFTER (string | date | IDENTIFIER)   # afterClause
    | ABOUT string                         # topicClause
    | QUOTE string                         # quoteClause
    | SOURCE string                        # statementSourceClause
    | DISPUTED BY string                   # disputedClause
    | GRADED IDENTIFIER                    # gradeClause
    | AMOUNT quantity string?              # amountClause
    | VIA actor                            # viaClause
    | FOR actorList                        # forClause
    | FOR NUMBER unit                      # forTermClause
    | UNTIL date                           # untilClause
    | UNDER IDENTIFIER                     # underClause
    | AS string                            # capacityClause
    | (IN | WITHIN) NUMBER unit            # offsetDeadlineClause
    | FROM date                            # fromClause
    ;

// ---- Quantities: `about 5000 prisoners`, `at least 50 km`, `USD 1.5 billion` (docs/language.md, section 22).
// The currency, scale word and unit are names; the binder checks them against one table.
quantity      : approximation? IDENTIFIER? NUMBER IDENTIFIER? IDENTIFIER?;
approximation : ABOUT | AT IDENTIFIER;

actorList : actor ((COMMA | AND) actor)*;
actor     : IDENTIFIER;

// ---- Dates -------------------------------------------------------------------------------------
date      : moment (DOT_DOT moment)?;
// A day, or a time of day on it: 2015-02-15 at 00:00 Europe/Kyiv (docs/language.md, "Times and time zones").
moment    : simpleDate (AT timeOfDay)?;
timeOfDay : TIME timeZone?;
timeZone  : TIME_ZONE | IDENTIFIER;
simpleDate
    : DATE | WEEK | MONTH | NUMBER
    | TODAY | TOMORROW | YESTERDAY
    | THIS_WEEK | NEXT_WEEK | LAST_WEEK
    | THIS_MONTH | NEXT_MONTH | LAST_MONTH
    | THIS_YEAR | NEXT_YEAR | LAST_YEAR
    | SOON | COMING_DAYS | COMING_WEEKS
    | IN NUMBER unit
    | WITHIN NUMBER unit
    | NUMBER unit AGO
    ;
unit      : DAYS | WEEKS | MONTHS | YEARS;

string    : STRING | UNTERMINATED_STRING;
