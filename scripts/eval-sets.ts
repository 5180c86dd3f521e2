// The question sets npm run eval (through the CLI) and npm run eval:quick (in one process) score.
// test/fixtures/eval was written while the engine was tuned; the holdout folders later, each by
// someone who had not seen the engine or the other sets (holdout, then holdout2, holdout3 and
// holdout4 in the third session, holdout5 in the fourth, holdout6 in the fifth, holdout7 in the
// sixth, holdout8 and holdout9 in the seventh, holdout10 in the eighth, holdout11 and holdout12 in
// the ninth, holdout13 in the tenth, holdout14 in the eleventh, holdout15 in the twelfth, holdout16
// in the thirteenth, holdout17 in the fourteenth, holdout18 in the fifteenth, holdout19 in the sixteenth, holdout20 in the seventeenth, holdout21 in the eighteenth, holdout22 in the nineteenth, holdout23 in the twentieth, holdout24 in the twenty-first, holdout25 in the twenty-second, holdout26 in the twenty-third, holdout27 in the twenty-fourth, holdout28 and holdout29 in the twenty-fifth, holdout31 and holdout32 in the twenty-sixth, holdout33 and holdout34 in the twenty-seventh, holdout35 and holdout36 in the twenty-eighth, holdout37 to holdout40 in the twenty-ninth; holdout29, holdout30, holdout32, holdout34, holdout36 and holdout38 are real news, 1961 newspaper stories from the Brown corpus, and holdout30 was read question by question from the start). Each is read as totals while it is new, then
// joins the sets read question by question for learning (holdout7 to holdout9 never did).
// test/fixtures/seed-questions holds sets on the seed article alone, written blind like the dev set
// (A to F in the sixth session, G and H in the seventh, I and J in the eighth, K and L in the ninth,
// M and N in the tenth, O and P in the eleventh, Q and R in the twelfth, S and T in the thirteenth,
// U and V in the fourteenth, W and X in the fifteenth, Y and Z in the sixteenth, AA and AB in the
// seventeenth, AC and AD in the eighteenth, AE and AF in the nineteenth, AG and AH in the twentieth, AI and AJ in the twenty-first, AK and AL in the twenty-second, AM and AN in the twenty-third, AO and AP in the twenty-fourth, AQ and AR in the twenty-fifth, AS and AT in the twenty-sixth, AU and AV in the twenty-seventh, AW and AX in the twenty-eighth, AY, AZ, BA and BB in the twenty-ninth).

export const DEV_SET = "../shared/eval/dev-questions.jsonl";
export const SEED_SETS = "test/fixtures/seed-questions";
// 400 chat messages about anything but the article, written in the thirteenth session: all should be refused.
export const OFF_TOPIC_CHAT = "test/fixtures/off-topic-chat.jsonl";
export const FIXTURE_FOLDERS = ["test/fixtures/eval", "test/fixtures/holdout", "test/fixtures/holdout2", "test/fixtures/holdout3", "test/fixtures/holdout4", "test/fixtures/holdout5", "test/fixtures/holdout6", "test/fixtures/holdout7", "test/fixtures/holdout8", "test/fixtures/holdout9", "test/fixtures/holdout10", "test/fixtures/holdout11", "test/fixtures/holdout12", "test/fixtures/holdout13", "test/fixtures/holdout14", "test/fixtures/holdout15", "test/fixtures/holdout16", "test/fixtures/holdout17", "test/fixtures/holdout18", "test/fixtures/holdout19", "test/fixtures/holdout20", "test/fixtures/holdout21", "test/fixtures/holdout22", "test/fixtures/holdout23", "test/fixtures/holdout24", "test/fixtures/holdout25", "test/fixtures/holdout26", "test/fixtures/holdout27", "test/fixtures/holdout28", "test/fixtures/holdout29", "test/fixtures/holdout30", "test/fixtures/holdout31", "test/fixtures/holdout32", "test/fixtures/holdout33", "test/fixtures/holdout34", "test/fixtures/holdout35", "test/fixtures/holdout36", "test/fixtures/holdout37", "test/fixtures/holdout38", "test/fixtures/holdout39", "test/fixtures/holdout40"];
