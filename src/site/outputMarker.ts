/** The file every build writes into its output: proof that the folder is Zixun's to replace. */
export const outputMarker = '.zixun-build.json';
