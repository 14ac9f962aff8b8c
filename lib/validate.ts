/** The content check, as scripts and the build call it: lib/check/ holds the reader and its rules. */
export { checkContent, type ContentProblem, formatProblem } from './check';
