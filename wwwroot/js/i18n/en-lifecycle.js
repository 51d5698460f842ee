// English text of the session's lifecycle screens: the hall screen's vote, the agenda editor's end-and-close.
export default {
  'hall.pollOpen': 'Voting in progress',
  'hall.pollResult': 'Result of the vote',
  'lifecycle.speechRunningTitle': 'A speech is still running',
  'lifecycle.speechRunningBody': 'The session was not closed: a delegation still has the floor. You can end the speech (it is recorded first) and close the session in one step.',
  'transition.kind.ResumeSession': 'Resumes',
  'transition.kind.AutoCloseSession': 'Closes after its end',
};
