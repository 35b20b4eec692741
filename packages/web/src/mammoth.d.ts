declare module 'mammoth/mammoth.browser.js' {
  const mammoth: {
    convertToHtml(input: {
      arrayBuffer: ArrayBuffer;
    }): Promise<{ value: string; messages: Array<{ type: string; message: string }> }>;
  };
  export default mammoth;
}
