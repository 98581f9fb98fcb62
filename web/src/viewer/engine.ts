import { Enums, RenderingEngine, init as initCore, type StackViewport, type Types } from '@cornerstonejs/core';
import { init as initLoader, wadors } from '@cornerstonejs/dicom-image-loader';
import {
  LengthTool, PanTool, StackScrollTool, ToolGroupManager, WindowLevelTool, ZoomTool, addTool, Enums as ToolEnums,
  init as initTools,
} from '@cornerstonejs/tools';
import type { DataSet } from './dicomJson';
import { voiRange, type Window } from './windowLevel';

/** What the left mouse button (or a finger) does on the image; the wheel always scrolls, right zooms, middle pans. */
export type LeftTool = 'windowLevel' | 'pan' | 'zoom' | 'length';

const TOOLS: Record<LeftTool, string> = {
  windowLevel: WindowLevelTool.toolName, pan: PanTool.toolName, zoom: ZoomTool.toolName, length: LengthTool.toolName,
};
const { MouseBindings } = ToolEnums;

let bearer: () => string | undefined = () => undefined;
let started = false;

/** Cornerstone3D, its DICOM image loader (frames by WADO-RS, with the session's bearer token) and tools, once. */
function start(token: () => string | undefined) {
  bearer = token;
  if (started) {
    return;
  }
  initCore();
  initLoader({ maxWebWorkers: 1, beforeSend: () => ({ Authorization: `Bearer ${bearer() ?? ''}` }) });
  initTools();
  [WindowLevelTool, PanTool, ZoomTool, StackScrollTool, LengthTool].forEach(tool => addTool(tool));
  started = true;
}

let views = 0;

/**
 * One stack of images in one element (Cornerstone3D's StackViewport): shows the image of an index as soon as that
 * one frame and its instance's metadata are here, so the first image does not wait for the rest of the series.
 */
export class StackView {
  private readonly engine: RenderingEngine;
  private readonly viewport: StackViewport;
  private readonly toolGroupId: string;
  private left: LeftTool = 'windowLevel';

  constructor(readonly element: HTMLDivElement, token: () => string | undefined) {
    start(token);
    const id = `opencpms-${++views}`;
    this.engine = new RenderingEngine(`${id}-engine`);
    this.engine.enableElement({ viewportId: `${id}-viewport`, type: Enums.ViewportType.STACK, element,
      defaultOptions: { background: [0, 0, 0] as Types.Point3 } });
    this.viewport = this.engine.getViewport(`${id}-viewport`) as StackViewport;
    this.toolGroupId = `${id}-tools`;
    const tools = ToolGroupManager.createToolGroup(this.toolGroupId)!;
    Object.values(TOOLS).concat(StackScrollTool.toolName).forEach(name => tools.addTool(name));
    tools.addViewport(this.viewport.id, this.engine.id);
    tools.setToolActive(ZoomTool.toolName, { bindings: [{ mouseButton: MouseBindings.Secondary }] });
    tools.setToolActive(PanTool.toolName, { bindings: [{ mouseButton: MouseBindings.Auxiliary }] });
    tools.setToolActive(TOOLS.windowLevel, { bindings: [{ mouseButton: MouseBindings.Primary }] });
  }

  /** Lets the wheel scroll, once every image of the stack can be loaded (its instance's metadata is known). */
  enableScrolling() {
    ToolGroupManager.getToolGroup(this.toolGroupId)!
      .setToolActive(StackScrollTool.toolName, { bindings: [{ mouseButton: MouseBindings.Wheel }] });
  }

  /** Makes the metadata of an instance (WADO-RS metadata) known for the image of {@code imageId}. */
  static describe(imageId: string, dataSet: DataSet) {
    wadors.metaDataManager.add(imageId, dataSet as never);
  }

  /** Sets the stack at {@code index}; resolves once that image is loaded (only it); {@link #render} draws it. */
  async show(imageIds: string[], index: number): Promise<void> {
    await this.viewport.setStack(imageIds, index);
  }

  render() {
    this.viewport.render();
  }

  index(): number {
    return this.viewport.getCurrentImageIdIndex();
  }

  async scrollTo(index: number): Promise<void> {
    await this.viewport.setImageIdIndex(index);
  }

  onImage(listener: (index: number) => void): () => void {
    const handler = () => listener(this.viewport.getCurrentImageIdIndex());
    this.element.addEventListener(Enums.Events.STACK_NEW_IMAGE, handler);
    return () => this.element.removeEventListener(Enums.Events.STACK_NEW_IMAGE, handler);
  }

  onRendered(listener: () => void): () => void {
    this.element.addEventListener(Enums.Events.IMAGE_RENDERED, listener);
    return () => this.element.removeEventListener(Enums.Events.IMAGE_RENDERED, listener);
  }

  useLeft(tool: LeftTool) {
    const tools = ToolGroupManager.getToolGroup(this.toolGroupId)!;
    tools.setToolPassive(TOOLS[this.left]);
    tools.setToolActive(TOOLS[tool], { bindings: [{ mouseButton: MouseBindings.Primary }] });
    this.left = tool;
  }

  rotate(degrees: number) {
    const rotation = (this.viewport.getViewPresentation().rotation ?? 0) + degrees;
    this.viewport.setViewPresentation({ rotation: ((rotation % 360) + 360) % 360 });
    this.viewport.render();
  }

  flip(direction: 'horizontal' | 'vertical') {
    const { flipHorizontal, flipVertical } = this.viewport.getCamera();
    this.viewport.setCamera(direction === 'horizontal' ? { flipHorizontal: !flipHorizontal } : { flipVertical: !flipVertical });
    this.viewport.render();
  }

  zoom(factor: number) {
    this.viewport.setZoom(this.viewport.getZoom() * factor);
    this.viewport.render();
  }

  window(window: Window) {
    this.viewport.setProperties({ voiRange: voiRange(window) });
    this.viewport.render();
  }

  /** The instance's own window (its VOI LUT or window attributes), leaving zoom, pan, rotation and flips. */
  defaultWindow() {
    this.viewport.resetProperties();
    this.viewport.render();
  }

  reset() {
    this.viewport.resetCamera();
    this.viewport.resetProperties();
    this.viewport.render();
  }

  destroy() {
    ToolGroupManager.destroyToolGroup(this.toolGroupId);
    this.engine.destroy();
  }
}
