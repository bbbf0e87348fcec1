import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';

export type StoryNodeData = {
  documentId: string;
  title: string;
  color: string;
  orphan: boolean;
  onOpen: (documentId: string) => void;
};
export type StoryFlowNode = Node<StoryNodeData, 'story'>;

const hidden = { opacity: 0, pointerEvents: 'none' as const };

/** A story on the map: a button in its section's colour; an orphan has a dashed outline. */
export const StoryNode = ({ data }: NodeProps<StoryFlowNode>) => (
  <>
    <Handle type="target" position={Position.Top} style={hidden} isConnectable={false} />
    <button
      type="button"
      title={data.title}
      data-testid={`newsroom-map-node-${data.documentId}`}
      data-orphan={data.orphan ? 'true' : 'false'}
      onClick={() => data.onOpen(data.documentId)}
      style={{
        maxWidth: 160,
        padding: '6px 8px',
        borderRadius: 6,
        cursor: 'pointer',
        fontSize: 12,
        lineHeight: 1.3,
        textAlign: 'left',
        color: data.orphan ? data.color : '#ffffff',
        background: data.orphan ? '#ffffff' : data.color,
        border: `2px ${data.orphan ? 'dashed' : 'solid'} ${data.color}`,
      }}
    >
      {data.title}
    </button>
    <Handle type="source" position={Position.Bottom} style={hidden} isConnectable={false} />
  </>
);
