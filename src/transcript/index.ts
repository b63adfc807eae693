export { parseTranscriptJsonl, writeTranscriptJsonl } from './jsonl.ts';
export { detectFormat, parseTranscript, type TranscriptFormat } from './parse.ts';
export { parseTranscriptCsv } from './parse-csv.ts';
export { conversationList, parseTranscriptJson } from './parse-json.ts';
export { parseTranscriptText } from './parse-text.ts';
export { MAX_TRANSCRIPT_BYTES, readTextFile, readTranscriptFile } from './read-file.ts';
export { isNumberedSpeaker, KNOWN_SPEAKERS, roleOfSpeaker } from './speakers.ts';
export { formatTimePrefix, parseTimePrefix } from './time-prefix.ts';
export { writeTranscriptText } from './write-text.ts';
