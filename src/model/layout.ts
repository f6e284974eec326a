/** The content folder the build reads: ./content, or the folder named by the CONTENT_DIR environment variable. */
export const contentDir: string = process.env.CONTENT_DIR ?? './content';
